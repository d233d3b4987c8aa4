// strings/format_alignment_and_specifiers: string.Format with CultureInfo.InvariantCulture:
// positional and repeated arguments, alignment (right/left, narrower than the value), format
// specifiers after alignment, escaped braces, null arguments, params arrays, and
// IFormattable custom types receiving the format string.
using System;
using System.Globalization;

struct Temp : IFormattable
{
    public double C;
    public string ToString(string? format, IFormatProvider? provider) =>
        format == "F" ? (C * 9 / 5 + 32).ToString("0.0", provider) + "F" : C.ToString("0.0", provider) + "C";
    public override string ToString() => ToString(null, null);
}

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

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
        Check(1, "positional", string.Format(Inv, "{1}-{0}-{1}", "a", "b"), "b-a-b");
        Check(2, "alignment", string.Format(Inv, "|{0,6}|{1,-6}|{2,2}|", 42, "ab", "long"), "|    42|ab    |long|");
        Check(3, "alignment + format", string.Format(Inv, "|{0,8:F2}|{1,-8:X}|{2,6:P0}|", 3.14159, 255, 0.256), "|    3.14|FF      |  26 %|");
        Check(4, "escaped braces", string.Format(Inv, "{{{0}}} {{}} }}{{", 7), "{7} {} }{");
        Check(5, "null args", string.Format(Inv, "[{0}][{1}]", null, "x"), "[][x]");
        Check(6, "params array", string.Format(Inv, "{0}{1}{2}{3}{4}{5}", 1, 2, 3, 4, 5, 6), "123456");
        Check(7, "custom IFormattable", string.Format(Inv, "{0} = {0:F}", new Temp { C = 100 }), "100.0C = 212.0F");
        Check(8, "negative numbers aligned", string.Format(Inv, "{0,5}|{1,-5}|{2:D4}", -12, -3, -7), "  -12|-3   |-0007");
        Check(9, "doubles", string.Format(Inv, "{0} {1:R} {2:E2} {3:G3} {4:N1}", 0.5, 1.0 / 3, 12345.678, 0.000123456, 1234567.89), "0.5 0.3333333333333333 1.23E+004 0.000123 1,234,567.9");
        Check(10, "bool/char/string", string.Format(Inv, "{0}/{1}/{2,3}", true, 'c', "s"), "True/c/  s");
        Check(11, "custom numeric formats", string.Format(Inv, "{0:000.00}|{1:#,##0}|{2:0.###}|{3:+0;-0;zero}|{4:+0;-0;zero}", 3.5, 1234567, 2.50, -4, 0), "003.50|1,234,567|2.5|-4|zero");
        Check(12, "hex widths", string.Format(Inv, "{0:x}|{0:X8}|{1:x2}|{2:X}", 48879, (byte)7, -1), "beef|0000BEEF|07|FFFFFFFF");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
positional = [b-a-b]
alignment = [|    42|ab    |long|]
alignment + format = [|    3.14|FF      |  26 %|]
escaped braces = [{7} {} }{]
null args = [[][x]]
params array = [123456]
custom IFormattable = [100.0C = 212.0F]
negative numbers aligned = [  -12|-3   |-0007]
doubles = [0.5 0.3333333333333333 1.23E+004 0.000123 1,234,567.9]
bool/char/string = [True/c/  s]
custom numeric formats = [003.50|1,234,567|2.5|-4|zero]
hex widths = [beef|0000BEEF|07|FFFFFFFF]
PASS
--- stderr
*/
