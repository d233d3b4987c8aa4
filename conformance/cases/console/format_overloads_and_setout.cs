// console/format_overloads_and_setout: Console.WriteLine/Write(format, arg0[, arg1[, arg2]])
// and params overloads with integer/string arguments, Console.Out identity and TextWriter
// methods, and Console.SetOut to a StringWriter and back (captured text is printed after
// restoring the real stdout).
using System;
using System.Globalization;
using System.IO;

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("one {0}", 1);
        Console.WriteLine("two {0} {1}", 1, "b");
        Console.WriteLine("three {2}{1}{0}", 'c', 'b', 'a');
        Console.WriteLine("four {0} {1} {2} {3}", 1, 2, 3, 4);
        Console.Write("w{0}", 1); Console.Write("w{0}{1}", 2, 3); Console.Write("w{0}{1}{2}", 4, 5, 6); Console.WriteLine();
        Console.WriteLine("{0,4}|{1,-4}|{2:X2}", 7, 8, 255);
        Console.WriteLine("braces {{{0}}}", "in");
        Console.WriteLine("null arg [{0}]", (object?)null);

        TextWriter original = Console.Out;
        Console.WriteLine("Out is stable: " + ReferenceEquals(original, Console.Out));
        original.Write('T'); original.Write(12); original.Write(" via TextWriter"); original.WriteLine(true);
        original.Write(new[] { 'x', 'y', 'z' }, 1, 2); original.WriteLine();
        Console.WriteLine("NewLine escaped: " + Console.Out.NewLine.Replace("\n", "\\n").Replace("\r", "\\r"));

        var sw = new StringWriter();
        Console.SetOut(sw);
        Console.WriteLine("captured line 1");
        Console.Write("captured {0}", 2);
        Console.Out.Flush();
        Console.SetOut(original);
        string captured = sw.ToString();
        Console.WriteLine("restored; captured " + captured.Length + " chars:");
        Console.WriteLine(captured.Replace("\n", "<NL>"));
        if (captured != "captured line 1" + Environment.NewLine + "captured 2") return 1;
        Console.WriteLine("PASS");
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
one 1
two 1 b
three abc
four 1 2 3 4
w1w23w456
   7|8   |FF
braces {in}
null arg []
Out is stable: True
T12 via TextWriterTrue
yz
NewLine escaped: \n
restored; captured 26 chars:
captured line 1<NL>captured 2
PASS
--- stderr
*/
