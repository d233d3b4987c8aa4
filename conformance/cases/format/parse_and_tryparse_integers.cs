// format/parse_and_tryparse_integers: int/long/uint/ulong/short/byte/sbyte Parse and TryParse
// with CultureInfo.InvariantCulture: signs, surrounding whitespace, leading zeros, boundary
// values, overflow by one, empty/garbage/decimal-point/hex-prefix inputs (TryParse only, so
// nothing throws), NumberStyles.HexNumber and AllowThousands, and span-based parsing.
using System;
using System.Globalization;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static string TI(string s) => int.TryParse(s, NumberStyles.Integer, Inv, out int v) ? v.ToString(Inv) : "fail";

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string[] inputs = { "0", "-0", "+7", "  42  ", "\t-13\n", "007", "2147483647", "-2147483648", "2147483648", "-2147483649", "", " ", "1.0", "1e3", "0x10", "+-1", "--1", "12a", "1 2", "٣" };
        string all = "";
        foreach (string s in inputs) all += TI(s) + "|";
        Check(1, "int.TryParse table", all, "0|0|7|42|-13|7|2147483647|-2147483648|fail|fail|fail|fail|fail|fail|fail|fail|fail|fail|fail|fail|");
        Check(2, "int.Parse valid", (int.Parse("  -2147483648 ", Inv) + int.Parse("+2147483647", Inv)).ToString(), "-1");
        Check(3, "long bounds", long.Parse("-9223372036854775808", Inv) + " " + long.TryParse("9223372036854775808", NumberStyles.Integer, Inv, out _), "-9223372036854775808 False");
        Check(4, "ulong/uint bounds", ulong.Parse("18446744073709551615", Inv) + " " + ulong.TryParse("18446744073709551616", NumberStyles.Integer, Inv, out _) + " " + uint.TryParse("-1", NumberStyles.Integer, Inv, out _) + " " + uint.Parse("-0", Inv),
            "18446744073709551615 False False 0");
        Check(5, "short/byte/sbyte", short.Parse("-32768", Inv) + " " + short.TryParse("32768", NumberStyles.Integer, Inv, out _) + " " + byte.Parse("255", Inv) + " " + byte.TryParse("256", NumberStyles.Integer, Inv, out _) + " " + sbyte.Parse("-128", Inv),
            "-32768 False 255 False -128");
        Check(6, "hex", int.Parse("FF", NumberStyles.HexNumber, Inv) + " " + int.Parse("ffffffff", NumberStyles.HexNumber, Inv) + " " + long.Parse("7FFFFFFFFFFFFFFF", NumberStyles.HexNumber, Inv) + " " + int.TryParse("0xFF", NumberStyles.HexNumber, Inv, out _),
            "255 -1 9223372036854775807 False");
        Check(7, "thousands", int.Parse("1,234,567", NumberStyles.AllowThousands, Inv) + " " + int.TryParse("1,234", NumberStyles.Integer, Inv, out _), "1234567 False");
        Check(8, "AllowParentheses / trailing sign", int.Parse("(42)", NumberStyles.AllowParentheses, Inv) + " " + int.Parse("42-", NumberStyles.AllowTrailingSign, Inv), "-42 -42");
        Check(9, "span parsing", int.Parse("xx123yy".AsSpan(2, 3), NumberStyles.Integer, Inv) + " " + long.TryParse("999".AsSpan(), NumberStyles.Integer, Inv, out long sp) + sp, "123 True999");
        Check(10, "out value on failure is 0", (int.TryParse("nope", NumberStyles.Integer, Inv, out int z) ? "ok" : "fail") + z, "fail0");
        Check(11, "binary number style", int.Parse("1011", NumberStyles.BinaryNumber, Inv).ToString(), "11");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
int.TryParse table = 0|0|7|42|-13|7|2147483647|-2147483648|fail|fail|fail|fail|fail|fail|fail|fail|fail|fail|fail|fail|
int.Parse valid = -1
long bounds = -9223372036854775808 False
ulong/uint bounds = 18446744073709551615 False False 0
short/byte/sbyte = -32768 False 255 False -128
hex = 255 -1 9223372036854775807 False
thousands = 1234567 False
AllowParentheses / trailing sign = -42 -42
span parsing = 123 True999
out value on failure is 0 = fail0
binary number style = 11
PASS
--- stderr
*/
