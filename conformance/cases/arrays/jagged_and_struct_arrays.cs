// arrays/jagged_and_struct_arrays: jagged arrays with rows of different lengths, arrays of
// structs holding references, ref to elements, array covariance reads, and arrays of arrays of
// structs.
using System;
using System.Globalization;

struct Entry { public string Key; public int[] Values; public double Weight; }

class Animal { public virtual string Say() => "..."; }
class Dog : Animal { public override string Say() => "woof"; }

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
        int[][] tri = new int[5][];
        for (int r = 0; r < tri.Length; r++)
        {
            tri[r] = new int[r + 1];
            tri[r][0] = tri[r][r] = 1;
            for (int c = 1; c < r; c++) tri[r][c] = tri[r - 1][c - 1] + tri[r - 1][c];
        }
        for (int r = 0; r < tri.Length; r++)
        {
            string line = "";
            foreach (int v in tri[r]) line += v + " ";
            Console.WriteLine("row" + r + ": " + line);
        }
        Check(1, tri[4][2] == 6 && tri[4].Length == 5);

        Entry[] entries = new Entry[3];
        for (int i = 0; i < 3; i++) entries[i] = new Entry { Key = "k" + i, Values = new int[i + 1], Weight = i * 1.5 };
        ref Entry e1 = ref entries[1];
        e1.Values[1] = 42;
        e1.Key += "!";
        entries[2].Values[2] = entries[1].Values[1] + 1;
        Console.WriteLine("entries: " + entries[0].Key + " " + entries[1].Key + " " + entries[1].Values[1] + " " + entries[2].Values[2] + " " + entries[2].Weight);
        Check(2, entries[1].Key == "k1!" && entries[2].Values[2] == 43 && entries[2].Weight == 3.0);

        Animal[] zoo = new Dog[2];
        zoo[0] = new Dog();
        Console.WriteLine("covariant: " + zoo.GetType().Name + " " + zoo[0].Say() + " " + (zoo[1] == null));
        Check(3, zoo[0].Say() == "woof" && zoo is Dog[]);

        object[] objs = new string[] { "a", "b" };
        string joined = "";
        foreach (object o in objs) joined += (string)o;
        Console.WriteLine("object[] over string[]: " + joined + " " + objs.GetType().Name);
        Check(4, joined == "ab");

        Entry[][] nested = { new Entry[1], new Entry[2] };
        nested[1][1].Weight = 9.5;
        nested[1][1].Key = "deep";
        Console.WriteLine("nested: " + nested[1][1].Key + " " + nested[1][1].Weight + " " + (nested[0][0].Key == null));
        Check(5, nested[1][1].Weight == 9.5 && nested[0][0].Values == null);

        int[][] empty = new int[0][];
        int[] zero = new int[0];
        Console.WriteLine("empty lengths " + empty.Length + " " + zero.Length + " same empty: " + ReferenceEquals(Array.Empty<int>(), Array.Empty<int>()));
        Check(6, empty.Length == 0 && ReferenceEquals(Array.Empty<int>(), Array.Empty<int>()));

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
row0: 1 
row1: 1 1 
row2: 1 2 1 
row3: 1 3 3 1 
row4: 1 4 6 4 1 
entries: k0 k1! 42 43 3
covariant: Dog[] woof True
object[] over string[]: ab String[]
nested: deep 9.5 True
empty lengths 0 0 same empty: True
PASS
--- stderr
*/
