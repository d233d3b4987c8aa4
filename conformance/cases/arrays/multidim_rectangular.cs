// arrays/multidim_rectangular: 2-D and 3-D rectangular arrays of ints, doubles, strings and
// structs: GetLength, Rank, Length, row-major foreach order, in-place struct element mutation.
using System;
using System.Globalization;

struct Cell { public int Hits; public void Hit() => Hits++; }

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
        int[,] m = new int[3, 4];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) m[r, c] = r * 10 + c;
        string order = "";
        foreach (int v in m) order += v + " ";
        Console.WriteLine("2d rank=" + m.Rank + " len=" + m.Length + " dims=" + m.GetLength(0) + "x" + m.GetLength(1)
            + " upper=" + m.GetUpperBound(1) + " lower=" + m.GetLowerBound(0));
        Console.WriteLine("foreach order: " + order);
        Check(1, m.Rank == 2 && m.Length == 12 && m.GetLength(1) == 4 && m[2, 3] == 23);
        Check(2, order == "0 1 2 3 10 11 12 13 20 21 22 23 ");

        int[,] init = { { 1, 2, 3 }, { 4, 5, 6 } };
        int trace = 0;
        for (int k = 0; k < 2; k++) trace += init[k, k];
        Console.WriteLine("initialized [1,2]=" + init[1, 2] + " trace=" + trace);
        Check(3, init[1, 2] == 6 && trace == 6);

        double[,,] cube = new double[2, 3, 4];
        double total = 0;
        for (int a = 0; a < 2; a++) for (int b = 0; b < 3; b++) for (int c = 0; c < 4; c++)
                { cube[a, b, c] = a * 0.5 + b * 0.25 + c * 0.125; total += cube[a, b, c]; }
        Console.WriteLine("3d rank=" + cube.Rank + " len=" + cube.Length + " total=" + total + " [1,2,3]=" + cube[1, 2, 3]);
        Check(4, cube.Length == 24 && total == 16.5 && cube[1, 2, 3] == 1.375);

        string[,] names = new string[2, 2];
        names[0, 1] = "x"; names[1, 0] = "y";
        Console.WriteLine("string md: " + (names[0, 0] == null) + " " + names[0, 1] + names[1, 0]);
        Check(5, names[0, 0] == null && names[1, 0] == "y");

        Cell[,] grid = new Cell[2, 2];
        grid[1, 1].Hit(); grid[1, 1].Hit(); grid[0, 1].Hit();
        ref Cell rc = ref grid[1, 0];
        rc.Hits = 7;
        Console.WriteLine("struct md: " + grid[0, 0].Hits + grid[0, 1].Hits + grid[1, 0].Hits + grid[1, 1].Hits);
        Check(6, grid[1, 1].Hits == 2 && grid[1, 0].Hits == 7);

        long[,] big = new long[1, 5];
        big[0, 4] = long.MinValue;
        Console.WriteLine("long md: " + big[0, 4] + " type " + big.GetType().Name);
        Check(7, big[0, 4] == long.MinValue);

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
2d rank=2 len=12 dims=3x4 upper=3 lower=0
foreach order: 0 1 2 3 10 11 12 13 20 21 22 23 
initialized [1,2]=6 trace=6
3d rank=3 len=24 total=16.5 [1,2,3]=1.375
string md: True xy
struct md: 0172
long md: -9223372036854775808 type Int64[,]
PASS
--- stderr
*/
