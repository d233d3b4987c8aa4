// boxing/boxed_struct_interface_mutation: calling a mutating interface method on a boxed struct
// mutates the box; calling it through a generic constrained T mutates the local; calling it
// on a struct cast to the interface mutates a temporary box; ToString on a boxed struct.
using System;
using System.Globalization;

interface ICounter { int Increment(); int Value { get; } }

struct Counter : ICounter
{
    int n;
    public int Increment() => ++n;
    public int Value => n;
    public override string ToString() => "Counter(" + n + ")";
}

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static void IncGeneric<T>(ref T c) where T : ICounter { c.Increment(); c.Increment(); }
    static void IncGenericByValue<T>(T c) where T : ICounter { c.Increment(); }
    static void IncInterface(ICounter c) => c.Increment();

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Counter local = new Counter();
        local.Increment();
        Console.WriteLine("local after direct call: " + local.Value);

        ICounter boxed = local;                  // box copy
        boxed.Increment(); boxed.Increment();
        Console.WriteLine("box " + boxed.Value + " local " + local.Value);
        Check(1, boxed.Value == 3 && local.Value == 1);

        ((ICounter)local).Increment();           // mutates a temporary box
        Console.WriteLine("after cast-call local " + local.Value);
        Check(2, local.Value == 1);

        IncGeneric(ref local);                   // constrained call on the byref: local mutated
        Console.WriteLine("after generic ref call local " + local.Value);
        Check(3, local.Value == 3);

        IncGenericByValue(local);                // copy mutated
        IncInterface(local);                     // temporary box mutated
        Console.WriteLine("after by-value calls local " + local.Value);
        Check(4, local.Value == 3);

        IncInterface(boxed);                     // same box passed by reference
        object o = boxed;
        Counter unboxed = (Counter)o;            // copy out
        unboxed.Increment();
        Console.WriteLine("box " + boxed.Value + " unboxed copy " + unboxed.Value + " box ToString " + o + " " + boxed);
        Check(5, boxed.Value == 4 && unboxed.Value == 5 && o.ToString() == "Counter(4)");

        Counter[] arr = new Counter[2];
        IncGeneric(ref arr[1]);
        ICounter[] ifaces = { arr[0], arr[1] };
        ifaces[0].Increment();
        Console.WriteLine("array elems " + arr[0].Value + "," + arr[1].Value + " boxes " + ifaces[0].Value + "," + ifaces[1].Value);
        Check(6, arr[1].Value == 2 && arr[0].Value == 0 && ifaces[0].Value == 1);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
local after direct call: 1
box 3 local 1
after cast-call local 1
after generic ref call local 3
after by-value calls local 3
box 4 unboxed copy 5 box ToString Counter(4) Counter(4)
array elems 0,2 boxes 1,2
PASS
--- stderr
*/
