// bench/binary_trees: allocate and walk perfect binary trees (max depth 10, min depth 4),
// written from the problem statement: a stretch tree of depth 11, many short-lived trees of
// depths 4, 6, 8, 10, and one long-lived tree checked at the end; checks are node counts.
// About 140 000 small objects in total, so it also runs without a collector.
// An optional argument sets the max depth (6..24, else exit code 64; `run-bench` uses it for
// its scaled table): every tree is still built and walked, and every count is checked
// against 2^(d+1)-1 nodes per tree of depth d. It allocates about ((max-4)/2+1) * 2^(max+5)
// objects in total.
using System;
using System.Globalization;

sealed class Node
{
    public Node? Left, Right;
    public static Node Build(int depth) => depth == 0 ? new Node() : new Node { Left = Build(depth - 1), Right = Build(depth - 1) };
    public int Check() => Left == null ? 1 : 1 + Left.Check() + Right!.Check();
}

static class Program
{
    static int Main(string[] args)
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        const int minDepth = 4;
        int maxDepth = 10;
        if (args.Length > 0 && !(int.TryParse(args[0], out maxDepth) && maxDepth >= minDepth + 2 && maxDepth <= 24))
        {
            Console.Error.WriteLine("usage: binary_trees [max depth, 6..24]");
            return 64;
        }
        int stretch = maxDepth + 1;
        int stretchCheck = Node.Build(stretch).Check();
        Console.WriteLine("stretch tree of depth " + stretch + "\t check: " + stretchCheck);
        Node longLived = Node.Build(maxDepth);
        long total = stretchCheck, expectedTotal = Nodes(stretch);
        bool countsOk = stretchCheck == Nodes(stretch);
        for (int d = minDepth; d <= maxDepth; d += 2)
        {
            int iterations = 1 << (maxDepth - d + minDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += Node.Build(d).Check();
            Console.WriteLine(iterations + "\t trees of depth " + d + "\t check: " + check);
            total += check;
            expectedTotal += iterations * Nodes(d);
            countsOk &= check == iterations * Nodes(d);
        }
        int llCheck = longLived.Check();
        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + llCheck);
        total += llCheck;
        expectedTotal += Nodes(maxDepth);
        countsOk &= llCheck == Nodes(maxDepth);
        if (!countsOk || total != expectedTotal) return 1;
        if (maxDepth == 10 && (stretchCheck != 4095 || llCheck != 2047 || total != 135854)) return 1;
        Console.WriteLine("PASS");
        return 100;
    }

    // Nodes in a perfect binary tree of depth d.
    static int Nodes(int d) => (1 << (d + 1)) - 1;
}
/* EXPECT
exit: 100
--- stdout
stretch tree of depth 11	 check: 4095
1024	 trees of depth 4	 check: 31744
256	 trees of depth 6	 check: 32512
64	 trees of depth 8	 check: 32704
16	 trees of depth 10	 check: 32752
long lived tree of depth 10	 check: 2047
PASS
--- stderr
*/
