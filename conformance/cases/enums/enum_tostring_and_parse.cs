// enums/enum_tostring_and_parse: ToString of defined, undefined and negative values, aliased
// names (two names for one value 3: CoreCLR prints ToString() as "Earth" but ToString("F")
// as "Home"), format strings G/D/X/F, Enum.Parse/TryParse by name,
// number, comma list and ignoreCase, IsDefined, GetName, and GetValues/GetNames order (sorted
// by the underlying value read as UNSIGNED, so negative members come last).
using System;
using System.Globalization;

enum Planet { Mercury = 1, Venus, Earth, Mars = 10, Jupiter, Home = Earth }
enum Signed : short { MinusTwo = -2, MinusOne = -1, Zero = 0, One = 1 }

static class Program
{
    static int failed;
    static void Check(int id, string label, string actual, string expected)
    {
        Console.WriteLine(label + " = " + actual);
        if (actual != expected) { Console.WriteLine("  FAIL " + id + " expected " + expected); if (failed == 0) failed = id; }
    }

    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Check(1, "defined ToString", Planet.Venus + " " + Planet.Jupiter + " " + (Planet)10, "Venus Jupiter Mars");
        Check(2, "undefined ToString", ((Planet)4).ToString() + " " + ((Planet)0).ToString() + " " + ((Planet)(-7)).ToString(), "4 0 -7");
        Check(3, "negative members", Signed.MinusTwo + " " + (Signed)(-1) + " " + (Signed)(-3), "MinusTwo MinusOne -3");
        Check(4, "format G/D/X/F", Planet.Mars.ToString("G") + " " + Planet.Mars.ToString("D") + " " + Planet.Mars.ToString("X") + " " + Signed.MinusOne.ToString("X") + " " + Planet.Earth.ToString("F") + " " + Planet.Earth,
            "Mars 10 0000000A FFFF Home Earth");
        Check(5, "alias: IsDefined/Parse", Enum.IsDefined(Planet.Home) + " " + (Enum.Parse<Planet>("Home") == Planet.Earth) + " " + (int)Enum.Parse<Planet>("Home"), "True True 3");
        Check(6, "Parse variants", Enum.Parse<Planet>("Mars") + " " + Enum.Parse<Planet>("11") + " " + Enum.Parse<Planet>("venus", true) + " " + Enum.Parse<Planet>(" 3 ") + " " + Enum.Parse<Planet>("99"),
            "Mars Jupiter Venus Earth 99");
        Check(7, "TryParse failures", Enum.TryParse<Planet>("Pluto", out var p1) + " " + p1 + " " + Enum.TryParse<Planet>("venus", out _) + " " + Enum.TryParse<Planet>("", out _), "False 0 False False");
        Check(8, "TryParse comma list on non-flags", Enum.TryParse<Planet>("Mercury, Venus", out var p2) + " " + (int)p2, "True 3");
        Check(9, "IsDefined numeric", Enum.IsDefined(typeof(Planet), 4) + " " + Enum.IsDefined((Planet)11) + " " + Enum.IsDefined(Signed.MinusTwo), "False True True");
        Check(10, "GetName", Enum.GetName(Planet.Mars) + " [" + Enum.GetName((Planet)5) + "]", "Mars []");
        Check(11, "GetValues/GetNames order", string.Join(",", Enum.GetValues<Signed>()) + " | " + string.Join(",", Enum.GetNames<Planet>()), "Zero,One,MinusTwo,MinusOne | Mercury,Venus,Earth,Home,Mars,Jupiter");
        Check(12, "CompareTo/Equals", Planet.Mars.CompareTo(Planet.Venus) + " " + Math.Sign(Signed.MinusOne.CompareTo(Signed.One)) + " " + Planet.Earth.Equals(Planet.Home) + " " + Planet.Earth.Equals(3), "1 -1 True False");

        Console.WriteLine(failed == 0 ? "PASS" : "FAILED");
        return failed == 0 ? 100 : failed;
    }
}
/* EXPECT
exit: 100
--- stdout
defined ToString = Venus Jupiter Mars
undefined ToString = 4 0 -7
negative members = MinusTwo MinusOne -3
format G/D/X/F = Mars 10 0000000A FFFF Home Earth
alias: IsDefined/Parse = True True 3
Parse variants = Mars Jupiter Venus Earth 99
TryParse failures = False 0 False False
TryParse comma list on non-flags = True 3
IsDefined numeric = False True True
GetName = Mars []
GetValues/GetNames order = Zero,One,MinusTwo,MinusOne | Mercury,Venus,Earth,Home,Mars,Jupiter
CompareTo/Equals = 1 -1 True False
PASS
--- stderr
*/
