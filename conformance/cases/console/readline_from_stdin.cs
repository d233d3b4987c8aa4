// console/readline_from_stdin: Console.ReadLine reads the single stdin line (the runner sends
// it followed by a newline); the next ReadLine returns null at end of input; the line is
// parsed (ints, words) and echoed with computed results.
using System;
using System.Globalization;

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string? line = Console.ReadLine();
        if (line == null) { Console.WriteLine("no input"); return 1; }
        Console.WriteLine("read: [" + line + "] length " + line.Length);
        string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long sum = 0; string words = "";
        foreach (string p in parts)
        {
            if (long.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out long v)) sum += v;
            else words += p.ToUpperInvariant() + " ";
        }
        Console.WriteLine("sum of numbers: " + sum);
        Console.WriteLine("words: " + words.TrimEnd());
        string? next = Console.In.ReadLine();
        Console.WriteLine("second ReadLine is null: " + (next == null));
        int peek = Console.In.Peek();
        Console.WriteLine("Peek at EOF: " + peek);
        if (sum != 60 || words != "ALPHA BETA ") return 2;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
stdin: 10 alpha 20 beta 30
--- stdout
read: [10 alpha 20 beta 30] length 19
sum of numbers: 60
words: ALPHA BETA
second ReadLine is null: True
Peek at EOF: -1
PASS
--- stderr
*/
