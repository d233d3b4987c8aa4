// refs/byref_parameters: ref/out/in parameters of primitive, struct and reference types;
// byrefs to array elements, instance fields, statics and locals; aliasing of two byrefs to
// the same location; out-var declarations; ref to a reference-typed variable.
using System;
using System.Globalization;

struct Big { public long A, B, C, D; }
class Node { public int Value; public Node? Next; }

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static int s_static = 1;

    static void AddTo(ref int target, int amount) => target += amount;
    static void Aliased(ref int x, ref int y) { x = 1; y = 2; x += y; }   // same location: 2+2
    static bool TryHalve(int v, out int half) { half = v / 2; return v % 2 == 0; }
    static void Split(long v, out int hi, out uint lo) { hi = (int)(v >> 32); lo = (uint)v; }
    static long SumIn(in Big b) => b.A + b.B + b.C + b.D;
    static void Fill(ref Big b, long v) { b.A = v; b.B = v + 1; b.C = v + 2; b.D = v + 3; }
    static void Replace(ref string s) => s = s.ToUpperInvariant() + "!";
    static void Advance(ref Node? n) => n = n?.Next;
    static void SwapObj(ref object a, ref object b) { object t = a; a = b; b = t; }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int local = 10;
        int[] arr = { 1, 2, 3 };
        Node node = new Node { Value = 5 };
        AddTo(ref local, 5); AddTo(ref arr[2], 40); AddTo(ref node.Value, -10); AddTo(ref s_static, 99);
        Console.WriteLine("addto local=" + local + " arr[2]=" + arr[2] + " field=" + node.Value + " static=" + s_static);
        Check(1, local == 15 && arr[2] == 43 && node.Value == -5 && s_static == 100);

        int same = 0;
        Aliased(ref same, ref same);
        int x = 0, y = 0;
        Aliased(ref x, ref y);
        Console.WriteLine("aliased same=" + same + " distinct=" + x + "," + y);
        Check(2, same == 4 && x == 3 && y == 2);

        bool even = TryHalve(10, out int h1);
        bool odd = TryHalve(7, out var h2);
        Split(-4294967295L, out int hi, out uint lo);
        Console.WriteLine("out " + even + h1 + " " + odd + h2 + " split " + hi + " " + lo);
        Check(3, even && h1 == 5 && !odd && h2 == 3 && hi == -1 && lo == 1u);

        Big big = default;
        Fill(ref big, 100);
        Big[] bigs = new Big[2];
        Fill(ref bigs[1], 7);
        Console.WriteLine("struct in-sum " + SumIn(big) + " " + SumIn(in bigs[1]) + " " + SumIn(new Big { D = 1 }));
        Check(4, SumIn(big) == 406 && SumIn(bigs[1]) == 34);

        string s = "hey";
        Replace(ref s);
        Node? cur = new Node { Value = 1, Next = new Node { Value = 2, Next = new Node { Value = 3 } } };
        Advance(ref cur); Advance(ref cur);
        object o1 = "first", o2 = 2;
        SwapObj(ref o1, ref o2);
        Console.WriteLine("refs to refs: " + s + " node=" + cur!.Value + " swapped=" + o1 + "," + o2);
        Check(5, s == "HEY!" && cur.Value == 3 && (int)o1 == 2 && (string)o2 == "first");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
addto local=15 arr[2]=43 field=-5 static=100
aliased same=4 distinct=3,2
out True5 False3 split -1 1
struct in-sum 406 34 1
refs to refs: HEY! node=3 swapped=2,first
PASS
--- stderr
*/
