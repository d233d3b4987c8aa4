// types/struct_copy_semantics: value-type assignment copies, in-place mutation through array
// elements and fields, readonly-field defensive copies, and `in` parameters.
using System;
using System.Globalization;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx, int dy) { X += dx; Y += dy; }
    public override string ToString() => "(" + X + "," + Y + ")";
}

class Holder
{
    public Point Mutable;
    public readonly Point Frozen = new Point(1, 1);
}

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static void MoveByValue(Point p) => p.Move(100, 100);
    static void MoveByRef(ref Point p) => p.Move(100, 100);
    static int SumIn(in Point p) => p.X + p.Y;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Point a = new Point(1, 2);
        Point b = a;
        b.Move(10, 10);
        Console.WriteLine("a=" + a + " b=" + b);
        Check(1, a.X == 1 && a.Y == 2 && b.X == 11 && b.Y == 12);

        MoveByValue(a);
        Console.WriteLine("after by-value call a=" + a);
        Check(2, a.X == 1);
        MoveByRef(ref a);
        Console.WriteLine("after by-ref call a=" + a);
        Check(3, a.X == 101 && a.Y == 102);

        Point[] arr = new Point[3];
        arr[1].Move(5, 6);          // in place: ldelema
        Point copy = arr[2];
        copy.Move(7, 7);            // copy only
        Console.WriteLine("arr=" + arr[0] + arr[1] + arr[2]);
        Check(4, arr[1].X == 5 && arr[1].Y == 6 && arr[2].X == 0);

        Holder h = new Holder();
        h.Mutable.Move(3, 4);       // field mutated in place
        h.Frozen.Move(3, 4);        // defensive copy: Frozen unchanged
        Console.WriteLine("holder mutable=" + h.Mutable + " frozen=" + h.Frozen);
        Check(5, h.Mutable.X == 3 && h.Frozen.X == 1 && h.Frozen.Y == 1);

        Console.WriteLine("in sum=" + SumIn(in a) + " " + SumIn(new Point(2, 3)));
        Check(6, SumIn(a) == 203);

        // struct equality via default ValueType.Equals
        Point p1 = new Point(4, 5), p2 = new Point(4, 5), p3 = new Point(5, 4);
        Console.WriteLine("equals " + p1.Equals(p2) + " " + p1.Equals(p3) + " " + p1.Equals((object)"x"));
        Check(7, p1.Equals(p2) && !p1.Equals(p3));

        // a struct array assigned to another variable shares the array, not the elements' copies
        Point[] alias = arr;
        alias[0] = new Point(9, 9);
        Console.WriteLine("alias arr[0]=" + arr[0]);
        Check(8, arr[0].X == 9);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
a=(1,2) b=(11,12)
after by-value call a=(1,2)
after by-ref call a=(101,102)
arr=(0,0)(5,6)(0,0)
holder mutable=(3,4) frozen=(1,1)
in sum=203 5
equals True False False
alias arr[0]=(9,9)
PASS
--- stderr
*/
