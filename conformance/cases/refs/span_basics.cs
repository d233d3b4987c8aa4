// refs/span_basics: Span<T>/ReadOnlySpan<T> over arrays, stackalloc and strings: Slice,
// indexers, CopyTo, Fill, Clear, Reverse, IndexOf, SequenceEqual, StartsWith, Trim, ToArray,
// MemoryMarshal.Cast and Span of structs.
using System;
using System.Globalization;
using System.Runtime.InteropServices;

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static string Show<T>(ReadOnlySpan<T> s)
    {
        string r = "[";
        for (int i = 0; i < s.Length; i++) r += (i > 0 ? " " : "") + s[i];
        return r + "]";
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int[] arr = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        Span<int> all = arr;
        Span<int> mid = all.Slice(3, 4);
        mid[0] = 30;
        mid.Slice(2).Fill(-1);
        Console.WriteLine("arr " + Show<int>(arr) + " mid " + Show<int>(mid));
        Check(1, arr[3] == 30 && arr[5] == -1 && arr[6] == -1 && mid.Length == 4);

        Span<int> stack = stackalloc int[6];
        arr.AsSpan(0, 6).CopyTo(stack);
        stack.Reverse();
        Console.WriteLine("stack reversed " + Show<int>(stack) + " indexOf(30)=" + stack.IndexOf(30) + " lastIndexOf(-1)=" + stack.LastIndexOf(-1)
            + " contains 7=" + stack.Contains(7));
        Check(2, stack[0] == -1 && stack.IndexOf(30) == 2 && !stack.Contains(7));

        stack.Slice(1, 2).Clear();
        Console.WriteLine("cleared " + Show<int>(stack));
        Check(3, stack[1] == 0 && stack[2] == 0 && stack[3] == 2);

        ReadOnlySpan<char> text = "  hello, span world  ".AsSpan().Trim();
        int comma = text.IndexOf(',');
        ReadOnlySpan<char> head = text.Slice(0, comma);
        ReadOnlySpan<char> tail = text.Slice(comma + 2);
        Console.WriteLine("text '" + text.ToString() + "' head '" + head.ToString() + "' tail '" + tail.ToString() + "' starts " + tail.StartsWith("span".AsSpan())
            + " eq " + head.SequenceEqual("hello".AsSpan()));
        Check(4, head.SequenceEqual("hello") && tail.Length == 10 && text.Length == 17);

        Span<long> longs = stackalloc long[2];
        longs[0] = 0x0102030405060708; longs[1] = -1;
        Span<byte> bytes = MemoryMarshal.Cast<long, byte>(longs);
        Span<int> ints = MemoryMarshal.Cast<long, int>(longs);
        Console.WriteLine("cast bytes=" + bytes.Length + " b0=" + bytes[0] + " b7=" + bytes[7] + " ints=" + Show<int>(ints));
        Check(5, bytes.Length == 16 && bytes[0] == 8 && ints[1] == 0x01020304 && ints[3] == -1);

        (int, string)[] tuples = { (1, "a"), (2, "b") };
        Span<(int, string)> ts = tuples;
        ts[1].Item2 = "changed";
        int[] copy = arr.AsSpan(7).ToArray();
        Console.WriteLine("tuples " + tuples[1].Item2 + " toarray " + Show<int>(copy) + " empty " + Span<int>.Empty.IsEmpty + " default " + default(Span<int>).Length);
        Check(6, tuples[1].Item2 == "changed" && copy.Length == 3 && copy[0] == 7);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
arr [0 1 2 30 4 -1 -1 7 8 9] mid [30 4 -1 -1]
stack reversed [-1 4 30 2 1 0] indexOf(30)=2 lastIndexOf(-1)=0 contains 7=False
cleared [-1 0 0 2 1 0]
text 'hello, span world' head 'hello' tail 'span world' starts True eq True
cast bytes=16 b0=8 b7=1 ints=[84281096 16909060 -1 -1]
tuples changed toarray [7 8 9] empty True default 0
PASS
--- stderr
*/
