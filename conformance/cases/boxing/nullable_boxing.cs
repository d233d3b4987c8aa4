// boxing/nullable_boxing: boxing Nullable<T> yields null or a box of T (never a boxed
// Nullable); unboxing a T box to T?; GetType of a boxed nullable; Equals/ToString of empty
// and set nullables; nullable structs in object arrays.
using System;
using System.Globalization;

struct Pt { public int X; public override string ToString() => "Pt" + X; }

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static object? BoxIt<T>(T v) => v;
    static bool IsNullBox<T>(T v) => v is null;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int? some = 5, none = null;
        object? bs = some, bn = none;
        Console.WriteLine("boxed some: " + bs + " type " + bs!.GetType().Name + "; boxed none is null: " + (bn == null));
        Check(1, bs is int && bn == null);

        int? back = (int?)bs;
        int? backNull = (int?)bn;
        int plain = (int)bs;
        object intBox = 9;
        int? fromIntBox = (int?)intBox;
        Console.WriteLine("unbox to nullable: " + back + " " + backNull.HasValue + " " + plain + " " + fromIntBox);
        Check(2, back == 5 && !backNull.HasValue && fromIntBox == 9);

        Pt? sp = new Pt { X = 3 };
        Pt? np = null;
        object? bsp = sp;
        Console.WriteLine("struct nullable box type " + bsp!.GetType().Name + " " + bsp + " empty ToString '" + np.ToString() + "' hash " + np.GetHashCode());
        Check(3, bsp is Pt && np.ToString() == "" && np.GetHashCode() == 0);

        Console.WriteLine("generic box: " + (BoxIt<int?>(null) == null) + " " + BoxIt<int?>(1)!.GetType().Name + " isnull " + IsNullBox<int?>(null) + IsNullBox<int?>(0) + IsNullBox("x"));
        Check(4, BoxIt<int?>(null) == null && IsNullBox<int?>(null) && !IsNullBox<int?>(0));

        Console.WriteLine("Equals: some.Equals(5)=" + some.Equals(5) + " none.Equals(null)=" + none.Equals(null) + " some.Equals(5L)=" + some.Equals(5L)
            + " GetValueOrDefault " + none.GetValueOrDefault() + "/" + none.GetValueOrDefault(-1));
        Check(5, some.Equals(5) && none.Equals(null) && !some.Equals(5L) && none.GetValueOrDefault(-1) == -1);

        object?[] mixed = { (long?)7, (long?)null, (double?)0.5 };
        Console.WriteLine("array: " + mixed[0]!.GetType().Name + " " + (mixed[1] == null) + " " + mixed[2]);
        Check(6, mixed[1] == null && (long)mixed[0]! == 7);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
boxed some: 5 type Int32; boxed none is null: True
unbox to nullable: 5 False 5 9
struct nullable box type Pt Pt3 empty ToString '' hash 0
generic box: True Int32 isnull TrueFalseFalse
Equals: some.Equals(5)=True none.Equals(null)=True some.Equals(5L)=False GetValueOrDefault 0/-1
array: Int64 True 0.5
PASS
--- stderr
*/
