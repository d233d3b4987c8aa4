// console/unicode_output_encoding: stdout is UTF-8: BMP characters of 1-3 UTF-8 bytes, a
// supplementary character written as one string, and the same character written as two
// separate Console.Write(char) calls (high then low surrogate; the encoder must carry the
// pending high surrogate across calls), plus stderr with non-ASCII text.
using System;
using System.Globalization;

static class Program
{
    static int Main()
    {
        // Numbers below are formatted with the current culture; pin it to the invariant culture so
        // the expected text does not depend on the machine's locale.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        Console.WriteLine("ascii / 2-byte: é ñ ß Ω / 3-byte: € ☕ 中文");
        Console.WriteLine("supplementary in one string: \U0001F600 \U00010348");
        string face = "\U0001F642";
        Console.Write("supplementary char by char: ");
        Console.Write(face[0]);
        Console.Write(face[1]);
        Console.WriteLine();
        Console.Write("via char[] split: ");
        Console.Write(new[] { face[0] });
        Console.Write(new[] { face[1], '!' });
        Console.WriteLine();
        Console.Error.WriteLine("stderr: ünïcödé ✓");
        Console.WriteLine("combining: e\u0301 (two code points) length " + "e\u0301".Length);
        return 100;
    }
}
/* EXPECT
exit: 100
--- stdout
ascii / 2-byte: é ñ ß Ω / 3-byte: € ☕ 中文
supplementary in one string: 😀 𐍈
supplementary char by char: 🙂
via char[] split: 🙂!
combining: é (two code points) length 2
--- stderr
stderr: ünïcödé ✓
*/
