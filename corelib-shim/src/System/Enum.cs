using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>Names and values of an enum type, read once from the host (RuntimeImports.GetEnumField*), sorted by
    /// unsigned value as CoreCLR does (stable for equal values: declaration order).</summary>
    internal sealed class EnumInfo
    {
        internal readonly string[] Names;
        internal readonly ulong[] Values;
        internal readonly bool IsFlags;
        internal readonly int ElementType;
        private static System.Collections.Generic.Dictionary<IntPtr, EnumInfo> s_cache;

        private EnumInfo(IntPtr mt)
        {
            int n = RuntimeImports.GetEnumFieldCount(mt);
            Names = new string[n];
            Values = new ulong[n];
            for (int i = 0; i < n; i++) { Names[i] = RuntimeImports.GetEnumFieldName(mt, i); Values[i] = RuntimeImports.GetEnumFieldValue(mt, i); }
            // stable insertion sort by unsigned value
            for (int i = 1; i < n; i++)
            {
                ulong v = Values[i]; string s = Names[i];
                int j = i - 1;
                while (j >= 0 && Values[j] > v) { Values[j + 1] = Values[j]; Names[j + 1] = Names[j]; j--; }
                Values[j + 1] = v; Names[j + 1] = s;
            }
            int flags = RuntimeImports.GetTypeFlags(mt);
            IsFlags = (flags & TypeFlags.IsFlagsEnum) != 0;
            ElementType = RuntimeImports.GetTypeFlags(RuntimeImports.GetElementType(mt)) & TypeFlags.ElementTypeMask;
        }

        internal static EnumInfo Get(IntPtr mt)
        {
            var cache = s_cache ??= new System.Collections.Generic.Dictionary<IntPtr, EnumInfo>();
            if (!cache.TryGetValue(mt, out EnumInfo info)) cache[mt] = info = new EnumInfo(mt);
            return info;
        }

        internal bool IsSigned => ElementType == CorElementType.I1 || ElementType == CorElementType.I2 || ElementType == CorElementType.I4 || ElementType == CorElementType.I8 || ElementType == CorElementType.I;
        internal int Size => ElementType switch
        {
            CorElementType.I1 or CorElementType.U1 or CorElementType.Boolean => 1,
            CorElementType.I2 or CorElementType.U2 or CorElementType.Char => 2,
            CorElementType.I4 or CorElementType.U4 => 4,
            _ => 8,
        };
    }

    [Serializable]
    public abstract partial class Enum : ValueType, IComparable, IFormattable
    {
        protected Enum() { }

        private IntPtr MT => RuntimeHelpers.GetMethodTable(this);

        /// <summary>Raw bits of the boxed enum value, zero-extended.</summary>
        internal static ulong RawValue(object boxedEnum, EnumInfo info)
        {
            ref byte d = ref RuntimeHelpers.GetRawData(boxedEnum);
            switch (info.Size)
            {
                case 1: return d;
                case 2: return Unsafe.As<byte, ushort>(ref d);
                case 4: return Unsafe.As<byte, uint>(ref d);
                default: return Unsafe.As<byte, ulong>(ref d);
            }
        }

        private static long SignExtend(ulong v, EnumInfo info) => info.Size switch
        {
            1 => info.IsSigned ? (sbyte)v : (long)v,
            2 => info.IsSigned ? (short)v : (long)v,
            4 => info.IsSigned ? (int)v : (long)v,
            _ => (long)v,
        };

        private static string ValueToDecimalString(ulong v, EnumInfo info)
        {
            if (info.IsSigned) return SignExtend(v, info).ToString();
            if (info.ElementType == CorElementType.Boolean) return v != 0 ? "True" : "False";
            if (info.ElementType == CorElementType.Char) return ((char)v).ToString();
            return v.ToString();
        }

        private static string ValueToHexString(ulong v, EnumInfo info) => info.Size switch
        {
            1 => ((byte)v).ToString("X2"),
            2 => ((ushort)v).ToString("X4"),
            4 => ((uint)v).ToString("X8"),
            _ => v.ToString("X16"),
        };

        internal static string GetName(EnumInfo info, ulong v)
        {
            ulong[] values = info.Values;
            for (int i = 0; i < values.Length; i++) if (values[i] == v) return info.Names[i];
            return null;
        }

        private static string FormatFlags(EnumInfo info, ulong v)
        {
            string[] names = info.Names;
            ulong[] values = info.Values;
            if (v == 0) return values.Length > 0 && values[0] == 0 ? names[0] : "0";
            // a single name first, searched from the largest value down (so an alias declared
            // later wins here, unlike GetName: CoreCLR's Earth.ToString("F") is "Home")
            for (int i = values.Length - 1; i >= 0; i--)
            {
                if (values[i] <= v)
                {
                    if (values[i] == v) return names[i];
                    break;
                }
            }
            // greedy from the largest value down; all bits must be covered
            Span<int> found = stackalloc int[64];
            int count = 0;
            ulong rest = v;
            int idx = values.Length - 1;
            while (idx >= 0)
            {
                if ((rest & values[idx]) == values[idx] && values[idx] != 0)
                {
                    rest -= values[idx];
                    if (count < 64) found[count++] = idx;
                    if (rest == 0) break;
                }
                idx--;
            }
            if (rest != 0) return null;
            var sb = new ValueStringBuilder(32);
            for (int i = count - 1; i >= 0; i--)
            {
                sb.Append(names[found[i]]);
                if (i > 0) sb.Append(", ");
            }
            return sb.ToString();
        }

        private static string ToStringCore(IntPtr mt, ulong v, char fmt)
        {
            EnumInfo info = EnumInfo.Get(mt);
            switch (fmt)
            {
                case 'G': case 'g':
                {
                    string name = GetName(info, v);
                    if (name != null) return name;
                    if (info.IsFlags) { string f = FormatFlags(info, v); if (f != null) return f; }
                    return ValueToDecimalString(v, info);
                }
                case 'D': case 'd': return ValueToDecimalString(v, info);
                case 'X': case 'x': return ValueToHexString(v, info);
                case 'F': case 'f':
                    return FormatFlags(info, v) ?? ValueToDecimalString(v, info);
            }
            throw new FormatException(SR.Format_InvalidEnumFormatSpecification);
        }

        public override string ToString()
        {
            IntPtr mt = MT;
            return ToStringCore(mt, RawValue(this, EnumInfo.Get(mt)), 'G');
        }

        public string ToString(string format)
        {
            if (string.IsNullOrEmpty(format)) return ToString();
            if (format.Length != 1) throw new FormatException(SR.Format_InvalidEnumFormatSpecification);
            IntPtr mt = MT;
            return ToStringCore(mt, RawValue(this, EnumInfo.Get(mt)), format[0]);
        }

        [Obsolete("The provider argument is not used. Use ToString() instead.")]
        public string ToString(IFormatProvider provider) => ToString();
        [Obsolete("The provider argument is not used. Use ToString(String) instead.")]
        public string ToString(string format, IFormatProvider provider) => ToString(format);

        public override bool Equals(object obj)
        {
            if (obj == null) return false;
            IntPtr mt = MT;
            if (RuntimeHelpers.GetMethodTable(obj) != mt) return false;
            EnumInfo info = EnumInfo.Get(mt);
            return RawValue(this, info) == RawValue(obj, info);
        }

        public override int GetHashCode()
        {
            EnumInfo info = EnumInfo.Get(MT);
            ulong v = RawValue(this, info);
            return info.Size == 8 ? ((long)v).GetHashCode() : (int)SignExtend(v, info);
        }

        public int CompareTo(object target)
        {
            if (target == null) return 1;
            IntPtr mt = MT;
            if (RuntimeHelpers.GetMethodTable(target) != mt)
                throw new ArgumentException(SR.Format(SR.Arg_EnumAndObjectMustBeSameType, target.GetType(), GetType()));
            EnumInfo info = EnumInfo.Get(mt);
            ulong a = RawValue(this, info), b = RawValue(target, info);
            if (info.IsSigned) { long x = SignExtend(a, info), y = SignExtend(b, info); return x < y ? -1 : x > y ? 1 : 0; }
            return a < b ? -1 : a > b ? 1 : 0;
        }

        [Intrinsic]
        public bool HasFlag(Enum flag)
        {
            if (flag == null) ThrowHelper.ThrowArgumentNullException(nameof(flag));
            IntPtr mt = MT;
            if (RuntimeHelpers.GetMethodTable(flag) != mt) throw new ArgumentException(SR.Format(SR.Arg_EnumTypeDoesNotMatch, flag.GetType(), GetType()));
            EnumInfo info = EnumInfo.Get(mt);
            ulong f = RawValue(flag, info);
            return (RawValue(this, info) & f) == f;
        }

        public TypeCode GetTypeCode() => EnumInfo.Get(MT).ElementType switch
        {
            CorElementType.I1 => TypeCode.SByte, CorElementType.U1 => TypeCode.Byte, CorElementType.I2 => TypeCode.Int16,
            CorElementType.U2 => TypeCode.UInt16, CorElementType.I4 => TypeCode.Int32, CorElementType.U4 => TypeCode.UInt32,
            CorElementType.I8 => TypeCode.Int64, CorElementType.U8 => TypeCode.UInt64, CorElementType.Boolean => TypeCode.Boolean,
            CorElementType.Char => TypeCode.Char, _ => TypeCode.Object,
        };

        // ---- static API ----
        private static IntPtr CheckEnumType(Type enumType)
        {
            if (enumType == null) ThrowHelper.ThrowArgumentNullException(nameof(enumType));
            if (!enumType.IsEnum) throw new ArgumentException(SR.Arg_MustBeEnum, nameof(enumType));
            return enumType.TypeHandle.Value;
        }

        public static string GetName<TEnum>(TEnum value) where TEnum : struct, Enum => GetName(typeof(TEnum), value);
        public static string GetName(Type enumType, object value)
        {
            IntPtr mt = CheckEnumType(enumType);
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            EnumInfo info = EnumInfo.Get(mt);
            return GetName(info, ToRaw(value, info, mt));
        }

        private static ulong ToRaw(object value, EnumInfo info, IntPtr mt)
        {
            if (RuntimeHelpers.GetMethodTable(value) == mt) return RawValue(value, info);
            switch (value)
            {
                case int i: return (ulong)(long)i & Mask(info);
                case uint u: return u;
                case long l: return (ulong)l & Mask(info);
                case ulong ul: return ul;
                case short s: return (ulong)(long)s & Mask(info);
                case ushort us: return us;
                case sbyte sb: return (ulong)(long)sb & Mask(info);
                case byte b: return b;
                case char c: return c;
                case bool bo: return bo ? 1UL : 0UL;
            }
            throw new ArgumentException(SR.Arg_MustBeEnumBaseTypeOrEnum, "value");
        }

        private static ulong Mask(EnumInfo info) => info.Size == 8 ? ulong.MaxValue : (1UL << (info.Size * 8)) - 1;

        public static string[] GetNames<TEnum>() where TEnum : struct, Enum => GetNames(typeof(TEnum));
        public static string[] GetNames(Type enumType) => (string[])EnumInfo.Get(CheckEnumType(enumType)).Names.Clone();

        public static TEnum[] GetValues<TEnum>() where TEnum : struct, Enum => (TEnum[])GetValuesAsObjects(typeof(TEnum).TypeHandle.Value);
        public static Array GetValues(Type enumType) => GetValuesAsObjects(CheckEnumType(enumType));
        public static Array GetValuesAsUnderlyingType(Type enumType)
        {
            IntPtr mt = CheckEnumType(enumType);
            EnumInfo info = EnumInfo.Get(mt);
            IntPtr under = RuntimeImports.GetElementType(mt);
            Array a = RuntimeImports.NewArray(RuntimeImports.MakeArrayType(under, 0), info.Values.Length);
            for (int i = 0; i < info.Values.Length; i++) a.SetFlat(i, ToObject(under, info, info.Values[i]));
            return a;
        }

        internal static Array GetValuesAsObjects(IntPtr mt)
        {
            EnumInfo info = EnumInfo.Get(mt);
            Array a = RuntimeImports.NewArray(RuntimeImports.MakeArrayType(mt, 0), info.Values.Length);
            for (int i = 0; i < info.Values.Length; i++) a.SetFlat(i, ToObject(mt, info, info.Values[i]));
            return a;
        }

        private static unsafe object ToObject(IntPtr mt, EnumInfo info, ulong raw)
        {
            object o = RuntimeImports.NewObject(mt);
            ref byte d = ref RuntimeHelpers.GetRawData(o);
            switch (info.Size)
            {
                case 1: d = (byte)raw; break;
                case 2: Unsafe.As<byte, ushort>(ref d) = (ushort)raw; break;
                case 4: Unsafe.As<byte, uint>(ref d) = (uint)raw; break;
                default: Unsafe.As<byte, ulong>(ref d) = raw; break;
            }
            return o;
        }

        public static object ToObject(Type enumType, object value)
        {
            IntPtr mt = CheckEnumType(enumType);
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            EnumInfo info = EnumInfo.Get(mt);
            return ToObject(mt, info, ToRaw(value, info, mt) & Mask(info));
        }
        public static object ToObject(Type enumType, int value) => ToObject(enumType, (object)value);
        public static object ToObject(Type enumType, long value) => ToObject(enumType, (object)value);
        public static object ToObject(Type enumType, uint value) => ToObject(enumType, (object)value);
        public static object ToObject(Type enumType, ulong value) => ToObject(enumType, (object)value);
        public static object ToObject(Type enumType, short value) => ToObject(enumType, (object)value);
        public static object ToObject(Type enumType, byte value) => ToObject(enumType, (object)value);

        public static Type GetUnderlyingType(Type enumType) { CheckEnumType(enumType); return enumType.GetEnumUnderlyingType(); }

        public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => IsDefined(typeof(TEnum), value);
        public static bool IsDefined(Type enumType, object value)
        {
            IntPtr mt = CheckEnumType(enumType);
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            EnumInfo info = EnumInfo.Get(mt);
            if (value is string s) return Array.IndexOf(info.Names, s) >= 0;
            return GetName(info, ToRaw(value, info, mt)) != null;
        }

        public static string Format(Type enumType, object value, string format)
        {
            IntPtr mt = CheckEnumType(enumType);
            if (value == null) ThrowHelper.ThrowArgumentNullException(nameof(value));
            if (format == null) ThrowHelper.ThrowArgumentNullException(nameof(format));
            if (format.Length != 1) throw new FormatException(SR.Format_InvalidEnumFormatSpecification);
            EnumInfo info = EnumInfo.Get(mt);
            return ToStringCore(mt, ToRaw(value, info, mt), format[0]);
        }

        public static TEnum Parse<TEnum>(string value) where TEnum : struct => Parse<TEnum>(value, false);
        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct
        {
            if (!TryParse(typeof(TEnum), value, ignoreCase, true, out object r)) return default;
            return (TEnum)r;
        }
        public static object Parse(Type enumType, string value) => Parse(enumType, value, false);
        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            TryParse(enumType, value, ignoreCase, true, out object r);
            return r;
        }
        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct => TryParse(value, false, out result);
        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            if (TryParse(typeof(TEnum), value, ignoreCase, false, out object r)) { result = (TEnum)r; return true; }
            result = default;
            return false;
        }
        public static bool TryParse(Type enumType, string value, out object result) => TryParse(enumType, value, false, false, out result);
        public static bool TryParse(Type enumType, string value, bool ignoreCase, out object result) => TryParse(enumType, value, ignoreCase, false, out result);

        private static bool TryParse(Type enumType, string value, bool ignoreCase, bool throwOnFailure, out object result)
        {
            result = null;
            IntPtr mt = CheckEnumType(enumType);
            if (value == null) { if (throwOnFailure) ThrowHelper.ThrowArgumentNullException(nameof(value)); return false; }
            EnumInfo info = EnumInfo.Get(mt);
            string t = value.Trim();
            if (t.Length == 0) { if (throwOnFailure) throw new ArgumentException(SR.Arg_MustContainEnumInfo, nameof(value)); return false; }
            char c0 = t[0];
            if (char.IsAsciiDigit(c0) || c0 == '-' || c0 == '+')
            {
                if (long.TryParse(t, out long l)) { result = ToObject(mt, info, (ulong)l & Mask(info)); return true; }
                if (ulong.TryParse(t, out ulong ul)) { result = ToObject(mt, info, ul & Mask(info)); return true; }
            }
            ulong acc = 0;
            foreach (string part in t.Split(','))
            {
                string p = part.Trim();
                bool found = false;
                for (int i = 0; i < info.Names.Length; i++)
                {
                    if (string.Equals(info.Names[i], p, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) { acc |= info.Values[i]; found = true; break; }
                }
                if (!found)
                {
                    if (throwOnFailure) throw new ArgumentException(SR.Format(SR.Arg_EnumValueNotFound, value));
                    return false;
                }
            }
            result = ToObject(mt, info, acc);
            return true;
        }
    }
}
