// refs/ref_locals_and_returns: ref returns into arrays, fields and statics; ref locals,
// ref reassignment, ref readonly, ref ternaries, and writes through returned refs.
using System;
using System.Globalization;

class Matrix
{
    readonly double[] data;
    public readonly int Cols;
    public Matrix(int r, int c) { data = new double[r * c]; Cols = c; }
    public ref double At(int r, int c) => ref data[r * Cols + c];
    public ref readonly double Peek(int r, int c) => ref data[r * Cols + c];
}

struct Pair { public int A, B; }

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static int s_counter = 5;
    static ref int Counter() => ref s_counter;

    static ref int Largest(int[] xs)
    {
        int best = 0;
        for (int i = 1; i < xs.Length; i++) if (xs[i] > xs[best]) best = i;
        return ref xs[best];
    }

    static ref int Pick(ref Pair p, bool first) => ref first ? ref p.A : ref p.B;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var m = new Matrix(3, 3);
        m.At(1, 2) = 4.5;
        m.At(1, 2) *= 2;
        ref double corner = ref m.At(2, 2);
        corner = -1;
        Console.WriteLine("matrix " + m.Peek(1, 2) + " " + m.Peek(2, 2) + " " + m.Peek(0, 0));
        Check(1, m.Peek(1, 2) == 9.0 && m.Peek(2, 2) == -1.0);

        Counter()++;
        Counter() += 10;
        ref int c = ref Counter();
        c *= 2;
        Console.WriteLine("static via ref " + s_counter);
        Check(2, s_counter == 32);

        int[] xs = { 3, 17, 9, 17, 2 };
        Largest(xs) = 0;          // first 17 becomes 0
        Largest(xs) -= 1;         // second 17 becomes 16
        Console.WriteLine("largest edits " + string.Join(",", xs));
        Check(3, xs[1] == 0 && xs[3] == 16);

        Pair p = new Pair { A = 1, B = 2 };
        Pick(ref p, true) = 10;
        Pick(ref p, false) += 20;
        ref int r = ref p.A;
        r = ref p.B;              // ref reassignment
        r++;
        Console.WriteLine("pair " + p.A + " " + p.B);
        Check(4, p.A == 10 && p.B == 23);

        int a = 1, b = 2;
        bool flag = false;
        ref int chosen = ref flag ? ref a : ref b;
        chosen = 99;
        Console.WriteLine("ternary ref a=" + a + " b=" + b);
        Check(5, a == 1 && b == 99);

        int[] arr = { 1, 2, 3, 4 };
        int sum = 0;
        foreach (ref int e in arr.AsSpan()) { e *= 3; sum += e; }
        Console.WriteLine("foreach ref span " + string.Join(",", arr) + " sum " + sum);
        Check(6, sum == 30 && arr[3] == 12);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
matrix 9 -1 0
static via ref 32
largest edits 3,0,9,16,2
pair 10 23
ternary ref a=1 b=99
foreach ref span 3,6,9,12 sum 30
PASS
--- stderr
*/
