extern alias bcl;
// Differential tests: generic math on the primitives (src/System/Primitives.GenericMath.cs, compiled here as plain
// structs ShimPrimitives.Int32 … whose static members take the real primitives). Every public static member of each
// shim type is called by reflection next to the BCL member of the same name and signature on every combination of
// edge values (min/max, ±0, NaN with both signs, ±∞, subnormals, values at the conversion boundaries); the generic
// CreateChecked/CreateSaturating/CreateTruncating<TOther> are called for every number primitive TOther. UTF-8
// parsing and formatting are compared through delegates (span parameters cannot go through reflection).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Text;

static partial class DiffTest
{
    static readonly Type[] s_shimNumberTypes =
    {
        typeof(ShimPrimitives.SByte), typeof(ShimPrimitives.Byte), typeof(ShimPrimitives.Int16), typeof(ShimPrimitives.UInt16),
        typeof(ShimPrimitives.Int32), typeof(ShimPrimitives.UInt32), typeof(ShimPrimitives.Int64), typeof(ShimPrimitives.UInt64),
        typeof(ShimPrimitives.IntPtr), typeof(ShimPrimitives.UIntPtr), typeof(ShimPrimitives.Single), typeof(ShimPrimitives.Double),
        typeof(ShimPrimitives.Decimal),
    };

    // Edge values of every number primitive, as boxed values of that type.
    static readonly Dictionary<Type, object[]> s_edges = BuildEdges();

    static Dictionary<Type, object[]> BuildEdges()
    {
        var d = new Dictionary<Type, object[]>();
        // Integers: both ends, around zero, a few in between, values just inside and outside the narrower types.
        long[] ints = { long.MinValue, long.MinValue + 1, int.MinValue - 1L, int.MinValue, int.MinValue + 1, short.MinValue - 1, short.MinValue, -129, -128, -127,
                        -100, -3, -2, -1, 0, 1, 2, 3, 100, 127, 128, 255, 256, short.MaxValue, short.MaxValue + 1, ushort.MaxValue, ushort.MaxValue + 1,
                        int.MaxValue - 1, int.MaxValue, int.MaxValue + 1L, uint.MaxValue, uint.MaxValue + 1L, long.MaxValue - 1, long.MaxValue };
        ulong[] uints = ints.Where(v => v >= 0).Select(v => (ulong)v).Concat(new[] { (ulong)long.MaxValue + 1, ulong.MaxValue - 1, ulong.MaxValue }).ToArray();
        object[] Ints<T>(Func<long, T> cast, long min, long max) => ints.Where(v => v >= min && v <= max).Select(v => (object)cast(v)).Distinct().ToArray();
        object[] UInts<T>(Func<ulong, T> cast, ulong max) => uints.Where(v => v <= max).Select(v => (object)cast(v)).Distinct().ToArray();
        d[typeof(sbyte)] = Ints(v => (sbyte)v, sbyte.MinValue, sbyte.MaxValue);
        d[typeof(short)] = Ints(v => (short)v, short.MinValue, short.MaxValue);
        d[typeof(int)] = Ints(v => (int)v, int.MinValue, int.MaxValue);
        d[typeof(long)] = Ints(v => v, long.MinValue, long.MaxValue);
        d[typeof(nint)] = Ints(v => (nint)v, long.MinValue, long.MaxValue);
        d[typeof(byte)] = UInts(v => (byte)v, byte.MaxValue);
        d[typeof(ushort)] = UInts(v => (ushort)v, ushort.MaxValue);
        d[typeof(uint)] = UInts(v => (uint)v, uint.MaxValue);
        d[typeof(ulong)] = UInts(v => v, ulong.MaxValue);
        d[typeof(nuint)] = UInts(v => (nuint)v, ulong.MaxValue);
        d[typeof(char)] = UInts(v => (char)v, char.MaxValue);
        double posNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000), payloadNaN = BitConverter.Int64BitsToDouble(0x7FF0000000000123);
        double[] doubles = { double.NaN, posNaN, payloadNaN, double.NegativeInfinity, double.PositiveInfinity, double.MinValue, double.MaxValue,
                             -double.Epsilon, double.Epsilon, 2.2250738585072009E-308, -0.0, 0.0, -0.5, 0.5, -1, 1, -1.5, 1.5, 2, 2.5, -3, 3, 0.1,
                             127.9, 128, -128.5, -129, 255.5, 256, -1e10, 2147483647.5, 2147483648, -2147483648.9, 4294967295.9, 4294967296,
                             9007199254740993, 9.2233720368547748E18, 9223372036854775808.0, -9223372036854775808.0, 1.8446744073709550E19,
                             18446744073709551616.0, 7.9228162514264330E28, 7.922816251426434E28, -7.922816251426434E28, 1e30, 1e300, 1e-30 };
        d[typeof(double)] = doubles.Select(v => (object)v).ToArray();
        float fPosNaN = BitConverter.Int32BitsToSingle(0x7FC00000);
        d[typeof(float)] = doubles.Select(v => (object)(float)v).Concat(new object[] { fPosNaN, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue, 16777217f })
                                  .Distinct(new FloatBitsComparer()).ToArray();
        decimal[] decs = { decimal.MinValue, decimal.MaxValue, -1e20m, -2147483648.5m, -1.5m, -1m, -0.5m, -0.0m, 0m, 0.00m, 0.5m, 1m, 1.0m, 1.5m, 2.5m, 127.5m,
                           255.5m, 256m, 65535.9m, 65536m, 2147483647.5m, 4294967295.9m, 9223372036854775807.5m, 18446744073709551615.5m, 18446744073709551616m,
                           1e20m, 0.0000000000000000000000000001m };
        d[typeof(decimal)] = decs.Select(v => (object)v).ToArray();
        return d;
    }

    sealed class FloatBitsComparer : IEqualityComparer<object>
    {
        public new bool Equals(object a, object b) => BitConverter.SingleToInt32Bits((float)a) == BitConverter.SingleToInt32Bits((float)b);
        public int GetHashCode(object a) => BitConverter.SingleToInt32Bits((float)a);
    }

    // Exact rendering: floating-point values with their bits (signed zeros, NaN payloads), decimals with their scale.
    static string Render(object o) => o switch
    {
        null => "null",
        double v => v.ToString("R", CultureInfo.InvariantCulture) + "#" + BitConverter.DoubleToInt64Bits(v).ToString("X16"),
        float v => v.ToString("R", CultureInfo.InvariantCulture) + "#" + BitConverter.SingleToInt32Bits(v).ToString("X8"),
        char c => "'\\u" + ((int)c).ToString("X4") + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture) + ":" + o.GetType().Name,
        _ => o.ToString(),
    };

    static string Invoke(MethodInfo m, object[] args)
    {
        try { return Render(m.Invoke(null, args)); }
        catch (TargetInvocationException e) { return "!" + e.InnerException.GetType().Name + ": " + e.InnerException.Message; }
    }

    static void GenericMathTests()
    {
        foreach (var shim in s_shimNumberTypes)
        {
            Type real = typeof(int).Assembly.GetType("System." + shim.Name);
            object[] values = s_edges[real];
            foreach (var m in shim.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var ps = m.GetParameters();
                if (ps.Any(p => p.ParameterType.IsByRef || p.ParameterType.IsByRefLike)) continue; // UTF-8 members: below
                if (m.IsGenericMethodDefinition)
                {
                    // Create*<TOther>: every number primitive as TOther.
                    foreach (var (src, srcValues) in s_edges)
                    {
                        var sm = m.MakeGenericMethod(src);
                        var rm = real.GetMethod(m.Name, BindingFlags.Public | BindingFlags.Static).MakeGenericMethod(src);
                        foreach (var v in srcValues)
                            Check(real.Name + "." + m.Name + "<" + src.Name + ">(" + Render(v) + ")", Invoke(rm, new[] { v }), Invoke(sm, new[] { v }));
                    }
                    continue;
                }
                var types = ps.Select(p => p.ParameterType).ToArray();
                var bm = real.GetMethod(m.Name, BindingFlags.Public | BindingFlags.Static, types);
                if (bm == null) { Check(real.Name + "." + m.Name + " exists in the BCL", "yes", "no"); continue; }
                // Three-operand members (Clamp, MultiplyAddEstimate) on a subset to keep the run short.
                object[] vals = ps.Length == 3 ? values.Where((_, i) => i % 3 == 0).ToArray() : values;
                foreach (var args in Combinations(vals, ps.Length))
                    Check(real.Name + "." + m.Name + "(" + string.Join(", ", args.Select(Render)) + ")", Invoke(bm, args), Invoke(m, args));
            }
        }
        CharConversionTests();
        DecimalMemberTests();
        Utf8Tests();
    }

    // char has no public Create*: its TryConvertFrom* (what INumberBase's Create* defaults call) against the BCL's
    // char.Create* reached through a constrained call.
    static T BclCreate<T, TOther>(TOther v, int mode) where T : INumberBase<T> where TOther : INumberBase<TOther>
        => mode == 0 ? T.CreateChecked(v) : mode == 1 ? T.CreateSaturating(v) : T.CreateTruncating(v);

    static void CharConversionTests()
    {
        string[] modes = { "Checked", "Saturating", "Truncating" };
        for (int mode = 0; mode < 3; mode++)
        {
            var shim = typeof(ShimPrimitives.Char).GetMethod("ConvertFrom" + modes[mode], BindingFlags.NonPublic | BindingFlags.Static);
            foreach (var (src, srcValues) in s_edges)
            {
                var sm = shim.MakeGenericMethod(src);
                var bm = typeof(DiffTest).GetMethod(nameof(BclCreate), BindingFlags.NonPublic | BindingFlags.Static).MakeGenericMethod(typeof(char), src);
                foreach (var v in srcValues)
                {
                    string actual;
                    try { var args = new[] { v, null }; actual = (bool)sm.Invoke(null, args) ? Render(args[1]) : "NotSupported"; }
                    catch (TargetInvocationException e) { actual = "!" + e.InnerException.GetType().Name + ": " + e.InnerException.Message; }
                    Check("Char.Create" + modes[mode] + "<" + src.Name + ">(" + Render(v) + ")", Invoke(bm, new[] { v, mode }), actual);
                }
            }
        }
    }

    // Decimal's generic-math members hand-written in Decimal.cs (compiled here as the shadow System.Decimal).
    static void DecimalMemberTests()
    {
        string[] names = { "Abs", "Clamp", "CopySign", "Max", "Min", "MaxMagnitude", "MinMagnitude", "Sign", "IsCanonical", "IsInteger", "IsEvenInteger",
                           "IsOddInteger", "IsNegative", "IsPositive" };
        Type shimDec = typeof(System.Decimal), bclDec = typeof(decimal);
        object ToShim(object d) => new System.Decimal(decimal.GetBits((decimal)d));
        string RenderDec(object o) => o is System.Decimal m ? string.Join(",", System.Decimal.GetBits(m)) : o is decimal b ? string.Join(",", decimal.GetBits(b)) : Render(o);
        decimal[] values = s_edges[typeof(decimal)].Cast<decimal>().Concat(new[] { -0.0m, 1.0m, 1.00m, -2.0m, 2.00m, 3m, 7.5m }).ToArray();
        foreach (string name in names)
        {
            foreach (var sm in shimDec.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name))
            {
                var ps = sm.GetParameters();
                if (!ps.All(p => p.ParameterType == shimDec)) continue;
                var bm = bclDec.GetMethod(name, BindingFlags.Public | BindingFlags.Static, Enumerable.Repeat(bclDec, ps.Length).ToArray());
                object[] vals = (ps.Length == 3 ? values.Where((_, i) => i % 3 == 0) : values).Select(v => (object)v).ToArray();
                foreach (var args in Combinations(vals, ps.Length))
                {
                    string expected, actual;
                    try { expected = RenderDec(bm.Invoke(null, args)); } catch (TargetInvocationException e) { expected = "!" + e.InnerException.GetType().Name + ": " + e.InnerException.Message; }
                    try { actual = RenderDec(sm.Invoke(null, args.Select(ToShim).ToArray())); } catch (TargetInvocationException e) { actual = "!" + e.InnerException.GetType().Name + ": " + e.InnerException.Message; }
                    Check("Decimal." + name + "(" + string.Join(", ", args.Select(RenderDec)) + ")", expected, actual);
                }
            }
        }
    }

    static IEnumerable<object[]> Combinations(object[] values, int n)
    {
        if (n == 0) { yield return Array.Empty<object>(); yield break; }
        foreach (var rest in Combinations(values, n - 1))
            foreach (var v in values)
                yield return rest.Append(v).ToArray();
    }

    delegate T Utf8Parse<T>(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider provider);
    delegate bool Utf8TryParse<T>(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider provider, out T result);
    delegate bool Utf8TryParseDefault<T>(ReadOnlySpan<byte> utf8Text, out T result);

    static void Utf8Tests()
    {
        Utf8<sbyte>(typeof(ShimPrimitives.SByte)); Utf8<byte>(typeof(ShimPrimitives.Byte)); Utf8<short>(typeof(ShimPrimitives.Int16));
        Utf8<ushort>(typeof(ShimPrimitives.UInt16)); Utf8<int>(typeof(ShimPrimitives.Int32)); Utf8<uint>(typeof(ShimPrimitives.UInt32));
        Utf8<long>(typeof(ShimPrimitives.Int64)); Utf8<ulong>(typeof(ShimPrimitives.UInt64)); Utf8<nint>(typeof(ShimPrimitives.IntPtr));
        Utf8<nuint>(typeof(ShimPrimitives.UIntPtr)); Utf8<float>(typeof(ShimPrimitives.Single)); Utf8<double>(typeof(ShimPrimitives.Double));
        Utf8<decimal>(typeof(ShimPrimitives.Decimal));
    }

    static void Utf8<T>(Type shim) where T : IUtf8SpanFormattable, ISpanFormattable
    {
        const BindingFlags Static = BindingFlags.Public | BindingFlags.Static;
        Type[] styled = { typeof(ReadOnlySpan<byte>), typeof(NumberStyles), typeof(IFormatProvider) };
        Type[] tryStyled = { typeof(ReadOnlySpan<byte>), typeof(NumberStyles), typeof(IFormatProvider), typeof(T).MakeByRefType() };
        Type[] tryDefault = { typeof(ReadOnlySpan<byte>), typeof(T).MakeByRefType() };
        var bclParse = typeof(T).GetMethod("Parse", Static, styled).CreateDelegate<Utf8Parse<T>>();
        var shimParse = shim.GetMethod("Parse", Static, styled).CreateDelegate<Utf8Parse<T>>();
        var bclTry = typeof(T).GetMethod("TryParse", Static, tryStyled).CreateDelegate<Utf8TryParse<T>>();
        var shimTry = shim.GetMethod("TryParse", Static, tryStyled).CreateDelegate<Utf8TryParse<T>>();
        var bclTryDefault = typeof(T).GetMethod("TryParse", Static, tryDefault).CreateDelegate<Utf8TryParseDefault<T>>();
        var shimTryDefault = shim.GetMethod("TryParse", Static, tryDefault).CreateDelegate<Utf8TryParseDefault<T>>();
        bool isFloat = typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(decimal);
        NumberStyles[] styles = isFloat
            ? new[] { NumberStyles.Float | NumberStyles.AllowThousands, NumberStyles.Any, NumberStyles.Integer }
            : new[] { NumberStyles.Integer, NumberStyles.HexNumber, NumberStyles.Any, NumberStyles.AllowThousands };
        string[] texts = { "0", "-0", "12", " 42 ", "-1", "+7", "255", "256", "-129", "1,234", "7f", "FF", "0x10", "1e3", "1.5", "-2.5E-3", "NaN", "-Infinity",
                           "∞", "1\u00A0000", "2147483648", "-9223372036854775809", "18446744073709551616", "79228162514264337593543950336", "", " ", "abc", "1 2",
                           "\u0661\u0662", "12\u00E9" };
        foreach (string text in texts)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            foreach (var style in styles)
            {
                string what = typeof(T).Name + " UTF-8 '" + text + "' " + style;
                Check(what + " Parse", Try(() => Render(bclParse(utf8, style, null))), Try(() => Render(shimParse(utf8, style, null))));
                bool bok = bclTry(utf8, style, null, out T br), sok = shimTry(utf8, style, null, out T sr);
                Check(what + " TryParse", bok + " " + Render(br), sok + " " + Render(sr));
            }
            bool dok = bclTryDefault(utf8, out T dr), sdok = shimTryDefault(utf8, out T sdr);
            Check(typeof(T).Name + " UTF-8 '" + text + "' TryParse default", dok + " " + Render(dr), sdok + " " + Render(sdr));
        }
        string[] formats = { null, "", "G", "D5", "X", "N2", "E3", "F0", "P", "C", "R", "0.00;(0.00)", "#,##0", "F40", "N30" };
        foreach (object o in s_edges[typeof(T)])
        {
            T v = (T)o;
            foreach (string f in formats)
            {
                if (isFloat && (f == "D5" || f == "X")) continue; // invalid for floating point in both
                if (!isFloat && f == "R") continue;
                foreach (int size in new[] { 0, 3, 10, 200 })
                {
                    byte[] bb = new byte[size], sb = new byte[size];
                    string b = Try(() => v.TryFormat(bb, out int n, f, null) + " " + n + " " + Convert.ToHexString(bb, 0, n));
                    string s = Try(() => Shim.Number.TryFormatUtf8(v, sb, out int n, f, null) + " " + n + " " + Convert.ToHexString(sb, 0, n));
                    Check(typeof(T).Name + " " + Render(o) + " TryFormat UTF-8 '" + f + "' into " + size, b, s);
                }
            }
        }
    }
}
