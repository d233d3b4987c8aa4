// dispatch/default_interface_methods: default implementations, overriding a default in a
// class, most-specific override through interface inheritance (diamond resolved by an
// explicit override in a derived interface), defaults calling abstract members, static and
// private interface members, and DIMs called on structs (boxed and constrained).
using System;
using System.Globalization;

interface IShape
{
    double Area();
    string Describe() => "shape with area " + Area();
    string Kind => "generic";
    static int Created;
    static string Version() => "v" + Created;
    private string Secret() => "secret:" + Kind;
    string Reveal() => Secret();
}

interface ILeft : IShape { string IShape.Describe() => "left " + Area(); }
interface IRight : IShape { string IShape.Describe() => "right " + Area(); }
interface IBoth : ILeft, IRight { string IShape.Describe() => "both " + Area(); }

class Square : IShape { public double Area() => 4; }
class Circle : IShape
{
    public double Area() => 3;
    public string Describe() => "circle!";
    public string Kind => "round";
}
class Diamond : IBoth { public double Area() => 1; }
class Lefty : ILeft { public double Area() => 2; }

struct Tile : IShape
{
    public double Side;
    public double Area() => Side * Side;
    string IShape.Kind => "tile";
}

static class Program
{
    static int failed;
    static void Check(int id, string actual, string expected)
    {
        Console.WriteLine(id + ": " + actual);
        if (actual != expected) { Console.WriteLine("FAIL check " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string Gen<T>(T s) where T : IShape => s.Describe() + "/" + s.Kind;

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        IShape sq = new Square(), ci = new Circle(), di = new Diamond(), le = new Lefty(), ti = new Tile { Side = 1.5 };
        Check(1, sq.Describe(), "shape with area 4");
        Check(2, ci.Describe() + "/" + ci.Kind, "circle!/round");
        Check(3, di.Describe(), "both 1");
        Check(4, le.Describe(), "left 2");
        Check(5, ti.Describe() + "/" + ti.Kind, "shape with area 2.25/tile");
        Check(6, Gen(new Tile { Side = 2 }), "shape with area 4/tile");
        Check(7, Gen(new Diamond()), "both 1/generic");
        Check(8, sq.Reveal() + " " + ci.Reveal(), "secret:generic secret:round");
        IShape.Created = 3;
        Check(9, IShape.Version(), "v3");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
1: shape with area 4
2: circle!/round
3: both 1
4: left 2
5: shape with area 2.25/tile
6: shape with area 4/tile
7: both 1/generic
8: secret:generic secret:round
9: v3
PASS
--- stderr
*/
