// valuetuple/tuple_basics_and_deconstruction: ValueTuple creation, named elements, ToString
// formats "(a, b)", deconstruction into new/existing variables and discards, swaps via
// tuples, tuple-returning methods, mutation of fields (tuples are mutable structs), and
// user-defined Deconstruct methods (instance and extension).
using System;
using System.Globalization;

class Person
{
    public string Name = ""; public int Age;
    public void Deconstruct(out string name, out int age) { name = Name; age = Age; }
}
static class PointExt { public static void Deconstruct(this DateOnlyLike d, out int y, out int m) { y = d.Year; m = d.Month; } }
struct DateOnlyLike { public int Year, Month; }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static (int Min, int Max, double Mean) Stats(int[] xs)
    {
        int min = int.MaxValue, max = int.MinValue; long sum = 0;
        foreach (int x in xs) { if (x < min) min = x; if (x > max) max = x; sum += x; }
        return (min, max, (double)sum / xs.Length);
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var t = (1, "two", 3.5, 'c', true);
        Check(1, "ToString 5-tuple", t.ToString(), "(1, two, 3.5, c, True)");
        (int X, int Y) p = (3, 4);
        p.X += 10;
        Check(2, "named + mutate", p.X + " " + p.Item2 + " " + p, "13 4 (13, 4)");
        var s = Stats(new[] { 4, -2, 9, 1 });
        Check(3, "tuple return", s.Min + " " + s.Max + " " + s.Mean.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + s, "-2 9 3 (-2, 9, 3)");
        var (mn, mx, _) = Stats(new[] { 7 });
        Check(4, "deconstruct with discard", mn + " " + mx, "7 7");
        int a = 1, b = 2;
        (a, b) = (b, a);
        Check(5, "swap", a + " " + b, "2 1");
        int[] arr = { 10, 20, 30 };
        (arr[0], arr[2]) = (arr[2], arr[0]);
        Check(6, "swap array elements", string.Join(",", arr), "30,20,10");
        var (name, age) = new Person { Name = "Ada", Age = 36 };
        Check(7, "class Deconstruct", name + " " + age, "Ada 36");
        var (yy, mm) = new DateOnlyLike { Year = 2024, Month = 2 };
        Check(8, "extension Deconstruct", yy + "-" + mm, "2024-2");
        (string, (int, int)) nested = ("n", (1, 2));
        var (ns, (n1, n2)) = nested;
        Check(9, "nested", nested.ToString() + " " + ns + n1 + n2, "(n, (1, 2)) n12");
        var one = ValueTuple.Create(5);
        var zero = new ValueTuple();
        Check(10, "1-tuple and 0-tuple", one.ToString() + " " + zero.ToString(), "(5) ()");
        (int, string?) withNull = (1, null);
        Check(11, "null element", withNull.ToString(), "(1, )");
        var copy = p;
        copy.Y = 99;
        Check(12, "copy semantics", p.Y + " " + copy.Y, "4 99");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
ToString 5-tuple = (1, two, 3.5, c, True)
named + mutate = 13 4 (13, 4)
tuple return = -2 9 3 (-2, 9, 3)
deconstruct with discard = 7 7
swap = 2 1
swap array elements = 30,20,10
class Deconstruct = Ada 36
extension Deconstruct = 2024-2
nested = (n, (1, 2)) n12
1-tuple and 0-tuple = (5) ()
null element = (1, )
copy semantics = 4 99
PASS
--- stderr
*/
