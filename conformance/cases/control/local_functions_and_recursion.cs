// control/local_functions_and_recursion: static and capturing local functions (captured
// variables live in a struct closure passed by ref, no delegates), recursion (Ackermann,
// mutual recursion 10000 deep, recursive generic local function), and a local function that
// mutates captured state.
using System;
using System.Globalization;

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Ack(int m, int n) => m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1));
    static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
    static bool IsOdd(int n) => n != 0 && IsEven(n - 1);

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int counter = 0;
        int step = 3;
        void Bump() { counter += step; }
        Bump(); Bump(); step = 10; Bump();
        Check(1, "capturing local function", counter.ToString(), "16");

        static long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        Check(2, "static recursive local", Fact(20).ToString(), "2432902008176640000");

        string trail = "";
        int Depth(int n) { trail += n; return n == 0 ? 0 : 1 + Depth(n - 1); }
        Check(3, "recursive capturing local", Depth(5) + " " + trail, "5 543210");

        T Twice<T>(T x, Func2<T> f) => f.Apply(f.Apply(x));
        Check(4, "generic local with struct 'function'", Twice(5, new AddOne()) + " " + Twice("a", new Dup()), "7 aaaa");

        Check(5, "Ackermann(2,3) (3,3)", Ack(2, 3) + " " + Ack(3, 3), "9 61");
        Check(6, "mutual recursion 10000", IsEven(10000) + " " + IsOdd(9999) + " " + IsEven(7777), "True True False");

        int Sum(int[] xs, int i) => i == xs.Length ? 0 : xs[i] + Sum(xs, i + 1);
        int[] data = new int[2000];
        for (int i = 0; i < data.Length; i++) data[i] = i;
        Check(7, "recursive sum 2000 deep", Sum(data, 0).ToString(), "1999000");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}

interface Func2<T> { T Apply(T x); }
struct AddOne : Func2<int> { public int Apply(int x) => x + 1; }
struct Dup : Func2<string> { public string Apply(string x) => x + x; }
/* EXPECT
exit: 100
--- stdout
capturing local function = 16
static recursive local = 2432902008176640000
recursive capturing local = 5 543210
generic local with struct 'function' = 7 aaaa
Ackermann(2,3) (3,3) = 9 61
mutual recursion 10000 = True True False
recursive sum 2000 deep = 1999000
PASS
--- stderr
*/
