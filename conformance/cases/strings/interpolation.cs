// strings/interpolation: $"" with alignment and format specifiers (ints only in the default
// culture path; floating values through FormattableString.Invariant and
// string.Create(InvariantCulture, ...)), nested interpolation, raw string literals, verbatim
// interpolation, braces escaping, interpolating null/bool/char/enums/structs.
using System;
using System.Globalization;

enum Mode { Off, On }
struct P { public int X; public override string ToString() => "P" + X; }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = [" + actual + "]");
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected [" + expected + "]"); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int n = 42; string? nul = null; char c = 'z'; bool b = false;
        Check(1, "basic", $"n={n}, c={c}, b={b}, null=[{nul}]", "n=42, c=z, b=False, null=[]");
        Check(2, "alignment", $"|{n,5}|{n,-5}|{"ab",3}|", "|   42|42   | ab|");
        Check(3, "format", $"{n:X4} {n:D5} {255:x} {-n:D3}", "002A 00042 ff -042");
        Check(4, "align+format", $"[{n,8:X}][{n,-8:D3}]", "[      2A][042     ]");
        Check(5, "braces", $"{{{n}}} {{n}}", "{42} {n}");
        Check(6, "expressions", $"{n * 2 + 1} {(n > 40 ? "big" : "small")} {n.ToString().Length}", "85 big 2");
        Check(7, "nested", $"outer {$"inner {n}"} end", "outer inner 42 end");
        Check(8, "enum/struct", $"{Mode.On} {Mode.On:D} {new P { X = 3 }}", "On 1 P3");
        Check(9, "invariant doubles", FormattableString.Invariant($"{1.5} {1.0 / 3:F4} {1e21} {-0.0} {double.NaN}"), "1.5 0.3333 1E+21 -0 NaN");
        Check(10, "string.Create invariant", string.Create(CultureInfo.InvariantCulture, $"{1234.5:N2}|{0.125:P1}|{2.5f}"), "1,234.50|12.5 %|2.5");
        Check(11, "verbatim interpolated", $@"path\{n}\file", "path\\42\\file");
        string raw = $$"""
            {"id": {{n}}, "tag": "{{c}}"}
            """;
        Check(12, "raw interpolated", raw, "{\"id\": 42, \"tag\": \"z\"}");
        string multi = """
            line1
              line2
            """;
        Check(13, "raw multi-line", multi.Replace("\n", "\\n"), "line1\\n  line2");
        long big = long.MinValue; ulong ubig = ulong.MaxValue;
        Check(14, "long extremes", $"{big} {ubig} {ubig:X}", "-9223372036854775808 18446744073709551615 FFFFFFFFFFFFFFFF");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
basic = [n=42, c=z, b=False, null=[]]
alignment = [|   42|42   | ab|]
format = [002A 00042 ff -042]
align+format = [[      2A][042     ]]
braces = [{42} {n}]
expressions = [85 big 2]
nested = [outer inner 42 end]
enum/struct = [On 1 P3]
invariant doubles = [1.5 0.3333 1E+21 -0 NaN]
string.Create invariant = [1,234.50|12.5 %|2.5]
verbatim interpolated = [path\42\file]
raw interpolated = [{"id": 42, "tag": "z"}]
raw multi-line = [line1\n  line2]
long extremes = [-9223372036854775808 18446744073709551615 FFFFFFFFFFFFFFFF]
PASS
--- stderr
*/
