// types/casts_is_as: isinst/castclass over class hierarchies, interfaces, arrays and boxed
// values, type patterns, and the CLR's array-cast rules (int[] <-> uint[], enum[] <-> int[]).
using System;
using System.Globalization;
using System.Collections.Generic;

interface IShape { string Kind(); }
interface ISolid { }
class Shape : IShape { public virtual string Kind() => "shape"; }
class Circle : Shape { public override string Kind() => "circle"; }
sealed class Ball : Circle, ISolid { public override string Kind() => "ball"; }
enum Color : int { Red, Green }

static class Program
{
    static int failed;
    static void Check(int id, bool ok)
    {
        if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
    }

    static string Classify(object? o) => o switch
    {
        null => "null",
        Ball b => "Ball:" + b.Kind(),
        Circle c => "Circle:" + c.Kind(),
        IShape s => "IShape:" + s.Kind(),
        int i when i < 0 => "negative int",
        int i => "int " + i,
        string s => "string len " + s.Length,
        int[] a => "int[] len " + a.Length,
        _ => "other " + o.GetType().Name,
    };

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        object[] things = { new Shape(), new Circle(), new Ball(), null!, -3, 4, "hey", new int[2], 2.5, Color.Green };
        foreach (object o in things) Console.WriteLine(Classify(o));

        object ball = new Ball();
        Check(1, ball is Shape && ball is Circle && ball is ISolid && ball is IShape);
        Check(2, !(new Circle() is ISolid) && (new Circle() as Ball) == null);
        Shape s = (Shape)ball;
        Console.WriteLine("cast Shape kind=" + s.Kind());
        Check(3, s.Kind() == "ball");

        object ints = new int[] { -1, 2 };
        Console.WriteLine("int[] is uint[]: " + (ints is uint[]) + ", is Color[]: " + (ints is Color[]) + ", is long[]: " + (ints is long[]));
        Check(4, ints is uint[] && ints is Color[] && !(ints is long[]));
        uint[] asU = (uint[])ints;
        Console.WriteLine("reinterpreted uint[0]=" + asU[0] + " Color[1]=" + ((Color[])ints)[1]);
        Check(5, asU[0] == 4294967295u);

        object strings = new string[] { "a" };
        Console.WriteLine("string[] is object[]: " + (strings is object[]) + ", is IShape[]: " + (strings is IShape[])
            + ", is IEnumerable<object>: " + (strings is IEnumerable<object>) + ", is IList<string>: " + (strings is IList<string>));
        Check(6, strings is object[] && !(strings is IShape[]) && strings is IEnumerable<object>);

        object balls = new Ball[1];
        Console.WriteLine("Ball[] is Shape[]: " + (balls is Shape[]) + ", is IShape[]: " + (balls is IShape[]) + ", is ISolid[]: " + (balls is ISolid[]));
        Check(7, balls is Shape[] && balls is IShape[] && balls is ISolid[]);

        object boxedColor = Color.Green;
        Console.WriteLine("boxed enum is Enum: " + (boxedColor is Enum) + ", is ValueType: " + (boxedColor is ValueType) + ", is int: " + (boxedColor is int));
        Check(8, boxedColor is Enum && !(boxedColor is int));

        object n = (int?)7;
        Console.WriteLine("boxed int? is int: " + (n is int) + " type " + n.GetType().Name);
        Check(9, n is int && n.GetType() == typeof(int));

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
IShape:shape
Circle:circle
Ball:ball
null
negative int
int 4
string len 3
int[] len 2
other Double
other Color
cast Shape kind=ball
int[] is uint[]: True, is Color[]: True, is long[]: False
reinterpreted uint[0]=4294967295 Color[1]=2
string[] is object[]: True, is IShape[]: False, is IEnumerable<object>: True, is IList<string>: True
Ball[] is Shape[]: True, is IShape[]: True, is ISolid[]: True
boxed enum is Enum: True, is ValueType: True, is int: False
boxed int? is int: True type Int32
PASS
--- stderr
*/
