// control/goto_and_nested_loops: goto forward and backward, breaking out of nested loops with
// goto, continue in inner/outer loops, do/while executing at least once, for loops with
// multiple iteration variables, loops counting down through unsigned zero, and a while(true)
// state machine.
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

    static string FindPair(int[,] grid, int target)
    {
        for (int r = 0; r < grid.GetLength(0); r++)
            for (int c = 0; c < grid.GetLength(1); c++)
                if (grid[r, c] == target) { return Found(r, c); }
        return "none";
        static string Found(int r, int c) => r + "," + c;
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        // backward goto loop
        int n = 0, sum = 0;
    Top:
        sum += n;
        n++;
        if (n <= 10) goto Top;
        Check(1, "goto loop sum 0..10", sum.ToString(), "55");

        // goto out of nested loops
        string visited = "";
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                if (j > i) break;
                if ((i + j) % 2 == 1) continue;
                visited += i + "" + j + " ";
                if (i == 3 && j == 3) goto Done;
            }
        }
    Done:
        Check(2, "nested with break/continue/goto", visited.TrimEnd(), "00 11 20 22 31 33");

        // continue on outer loop via flag-free goto
        string outer = "";
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                if (j == i) goto NextOuter;
                outer += j;
            }
        NextOuter:
            outer += "|";
        }
        Check(3, "goto as outer continue", outer, "|0|01|012|");

        int k = 100, doCount = 0;
        do { doCount++; k++; } while (k < 50);
        Check(4, "do/while runs once", doCount + " " + k, "1 101");

        string multi = "";
        for (int i = 0, j = 10; i < j; i += 2, j -= 3) multi += i + ":" + j + " ";
        Check(5, "two-variable for", multi.TrimEnd(), "0:10 2:7");

        string down = "";
        for (uint u = 3; u != uint.MaxValue; u--) down += u;
        Check(6, "unsigned countdown through zero", down, "3210");

        // state machine
        int state = 0, steps = 0; string trace = "";
        while (true)
        {
            steps++;
            if (state == 0) { trace += "A"; state = 2; }
            else if (state == 2) { trace += "C"; state = steps > 4 ? 3 : 1; }
            else if (state == 1) { trace += "B"; state = 0; }
            else break;
        }
        Check(7, "state machine", trace + " " + steps, "ACBAC 6");

        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };
        Check(8, "early return from nested loops", FindPair(grid, 6) + " " + FindPair(grid, 10), "1,2 none");

        int countBy = 0;
        for (long big = long.MaxValue - 5; big > 0 && big <= long.MaxValue - 1; big++) countBy++;
        Check(9, "loop near long.MaxValue", countBy.ToString(), "5");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
goto loop sum 0..10 = 55
nested with break/continue/goto = 00 11 20 22 31 33
goto as outer continue = |0|01|012|
do/while runs once = 1 101
two-variable for = 0:10 2:7
unsigned countdown through zero = 3210
state machine = ACBAC 6
early return from nested loops = 1,2 none
loop near long.MaxValue = 5
PASS
--- stderr
*/
