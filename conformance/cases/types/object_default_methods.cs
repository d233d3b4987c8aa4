// types/object_default_methods: default ToString/Equals/GetHashCode consistency for classes and
// structs (incl. ValueType.Equals on float fields, where -0.0 == 0.0 and NaN == NaN by
// double.Equals), GetType().Name, ReferenceEquals.
using System;
using System.Globalization;

namespace Conf.Types
{
    class Plain { public int V; }
    struct Bits { public int A; public int B; }
    struct WithDouble { public double D; }
    struct WithRef { public string S; public int N; }

    class Outer
    {
        public class Inner { }
        public struct InnerS { }
    }

    static class Program
    {
        static int failed;
        static void Check(int id, bool ok)
        {
            if (!ok) { Console.WriteLine("FAIL check " + id); if (failed == 0) failed = id; }
        }

        static int Main()
        {
            // Numbers below are formatted with the current culture; pin it to the invariant culture so
            // the expected text does not depend on the machine's locale.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var p1 = new Plain { V = 1 };
            var p2 = new Plain { V = 1 };
            Console.WriteLine("Plain.ToString=" + p1.ToString());
            Console.WriteLine("Plain equals other=" + p1.Equals(p2) + " self=" + p1.Equals(p1) + " refeq=" + ReferenceEquals(p1, p2));
            Check(1, p1.ToString() == "Conf.Types.Plain" && !p1.Equals(p2) && p1.Equals(p1));
            Check(2, p1.GetHashCode() == p1.GetHashCode());

            Bits b1 = new Bits { A = 1, B = 2 }, b2 = new Bits { A = 1, B = 2 }, b3 = new Bits { A = 2, B = 1 };
            Console.WriteLine("Bits.ToString=" + b1.ToString() + " eq=" + b1.Equals(b2) + " ne=" + b1.Equals(b3));
            Check(3, b1.ToString() == "Conf.Types.Bits" && b1.Equals(b2) && !b1.Equals(b3));
            Check(4, b1.GetHashCode() == b2.GetHashCode());

            WithDouble z = new WithDouble { D = 0.0 }, nz = new WithDouble { D = -0.0 };
            WithDouble n1 = new WithDouble { D = double.NaN }, n2 = new WithDouble { D = double.NaN };
            Console.WriteLine("WithDouble 0.0 eq -0.0: " + z.Equals(nz) + ", NaN eq NaN: " + n1.Equals(n2));
            Check(5, z.Equals(nz) && n1.Equals(n2));

            WithRef r1 = new WithRef { S = "ab", N = 3 };
            WithRef r2 = new WithRef { S = string.Concat("a", "b".ToString()), N = 3 };
            WithRef r3 = new WithRef { S = "ab", N = 4 };
            Console.WriteLine("WithRef eq(same text, different instance)=" + r1.Equals(r2) + " ne=" + r1.Equals(r3));
            Check(6, r1.Equals(r2) && !r1.Equals(r3));

            Console.WriteLine("names: " + p1.GetType().Name + " " + b1.GetType().Name + " "
                + new Outer.Inner().GetType().Name + " " + typeof(Outer.InnerS).Name);
            Console.WriteLine("ToString of nested: " + new Outer.Inner().ToString() + " " + new Outer.InnerS().ToString());
            Check(7, new Outer.Inner().ToString() == "Conf.Types.Outer+Inner");

            object o = 5;
            Console.WriteLine("boxed int: " + o.ToString() + " " + o.GetType().Name + " " + o.Equals(5) + " " + o.Equals(5L));
            Check(8, o.Equals(5) && !o.Equals(5L));

            Console.WriteLine("string type: " + "x".GetType().Name + ", array: " + new int[0].GetType().Name
                + ", jagged: " + new int[0][].GetType().Name + ", md: " + new int[1, 1].GetType().Name);
            Check(9, new int[1, 1].GetType().Name == "Int32[,]");

            Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
            return failed == 0 ? 100 : failed;
        }
    }
}
/* EXPECT
exit: 100
--- stdout
Plain.ToString=Conf.Types.Plain
Plain equals other=False self=True refeq=False
Bits.ToString=Conf.Types.Bits eq=True ne=False
WithDouble 0.0 eq -0.0: True, NaN eq NaN: True
WithRef eq(same text, different instance)=True ne=False
names: Plain Bits Inner InnerS
ToString of nested: Conf.Types.Outer+Inner Conf.Types.Outer+InnerS
boxed int: 5 Int32 True False
string type: String, array: Int32[], jagged: Int32[][], md: Int32[,]
PASS
--- stderr
*/
