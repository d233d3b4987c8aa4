// strings/char_classification_and_surrogates: char.IsDigit/IsLetter/IsWhiteSpace/IsUpper/
// IsLower/IsPunctuation/IsControl/IsLetterOrDigit over ASCII and a few non-ASCII chars,
// char.GetNumericValue, surrogate pairs (Length 2, IsSurrogatePair, ConvertToUtf32,
// ConvertFromUtf32), and char comparisons/arithmetic.
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

    static string Flags(char c) =>
        (char.IsDigit(c) ? "D" : "-") + (char.IsLetter(c) ? "L" : "-") + (char.IsWhiteSpace(c) ? "W" : "-") + (char.IsUpper(c) ? "U" : "-")
        + (char.IsLower(c) ? "l" : "-") + (char.IsPunctuation(c) ? "P" : "-") + (char.IsControl(c) ? "C" : "-") + (char.IsLetterOrDigit(c) ? "A" : "-")
        + (char.IsSymbol(c) ? "S" : "-") + (char.IsSeparator(c) ? "s" : "-");

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string probe = "a Z 5\t\n.,+$\u00e9\u00c9\u00a0\u2003\u0661\u4e2d";
        string all = "";
        foreach (char c in probe) all += ((int)c).ToString("X4") + ":" + Flags(c) + " ";
        Console.WriteLine(all.TrimEnd());
        Check(1, "a", Flags('a'), "-L--l--A--");
        Check(2, "5", Flags('5'), "D------A--");
        Check(3, "tab", Flags('\t'), "--W---C---");
        Check(4, "nbsp", Flags('\u00a0'), "--W------s");
        Check(5, "arabic-indic one", Flags('\u0661') + " " + char.GetNumericValue('\u0661'), "D------A-- 1");
        Check(6, "+ and $", Flags('+') + " " + Flags('$'), "--------S- --------S-");
        Check(7, "GetNumericValue", char.GetNumericValue('7') + " " + char.GetNumericValue('x') + " " + char.GetNumericValue('\u00bd').ToString(CultureInfo.InvariantCulture), "7 -1 0.5");
        Check(8, "IsAscii*", char.IsAsciiDigit('9') + " " + char.IsAsciiLetter('é') + " " + char.IsAsciiHexDigit('f') + " " + char.IsAscii('\u007f'), "True False True True");

        string emoji = "a\U0001F600b";
        Check(9, "surrogate pair length", emoji.Length + " " + char.IsHighSurrogate(emoji[1]) + " " + char.IsLowSurrogate(emoji[2]) + " " + char.IsSurrogatePair(emoji[1], emoji[2]), "4 True True True");
        Check(10, "ConvertToUtf32", char.ConvertToUtf32(emoji, 1).ToString("X") + " " + char.ConvertToUtf32('\uD83D', '\uDE00').ToString("X"), "1F600 1F600");
        string fromCp = char.ConvertFromUtf32(0x1F601);
        Check(11, "ConvertFromUtf32", fromCp.Length + " " + ((int)fromCp[0]).ToString("X4") + " " + ((int)fromCp[1]).ToString("X4") + " " + char.ConvertFromUtf32(0x41), "2 D83D DE01 A");
        Check(12, "char compare/arith", ('a' < 'b') + " " + ('Z' < 'a') + " " + (char)('a' + 25) + " " + ('9' - '0') + " " + char.MaxValue.CompareTo('a').ToString().StartsWith("-"), "True True z 9 False");
        Check(13, "char.ToString/Parse/IsUpper on string", char.ToString('q') + char.Parse("w") + " " + char.IsUpper("aBc", 1), "qw True");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
0061:-L--l--A-- 0020:--W------s 005A:-L-U---A-- 0020:--W------s 0035:D------A-- 0009:--W---C--- 000A:--W---C--- 002E:-----P---- 002C:-----P---- 002B:--------S- 0024:--------S- 00E9:-L--l--A-- 00C9:-L-U---A-- 00A0:--W------s 2003:--W------s 0661:D------A-- 4E2D:-L-----A--
a = -L--l--A--
5 = D------A--
tab = --W---C---
nbsp = --W------s
arabic-indic one = D------A-- 1
+ and $ = --------S- --------S-
GetNumericValue = 7 -1 0.5
IsAscii* = True False True True
surrogate pair length = 4 True True True
ConvertToUtf32 = 1F600 1F600
ConvertFromUtf32 = 2 D83D DE01 A
char compare/arith = True True z 9 False
char.ToString/Parse/IsUpper on string = qw True
PASS
--- stderr
*/
