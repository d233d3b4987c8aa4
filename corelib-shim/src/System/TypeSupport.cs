using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    /// <summary>Reflection-free helpers over the host's type information (value equality, hashing, boxing).</summary>
    internal static unsafe class TypeSupport
    {
        internal static bool IsValueType(IntPtr mt) => (RuntimeImports.GetTypeFlags(mt) & TypeFlags.IsValueType) != 0;

        /// <summary>Box the value of type mt stored at data (mt may be a reference type: then data holds a reference).</summary>
        internal static object Box(IntPtr mt, ref byte data)
        {
            int flags = RuntimeImports.GetTypeFlags(mt);
            if ((flags & TypeFlags.IsValueType) == 0) return Unsafe.As<byte, object>(ref data);
            if ((flags & TypeFlags.IsNullable) != 0)
            {
                if (data == 0) return null;
                IntPtr under = RuntimeImports.GetElementType(mt);
                int size = RuntimeImports.GetValueSize(mt);
                int usize = RuntimeImports.GetValueSize(under);
                // value sits after hasValue, aligned: its offset is size - usize rounded as the host laid it out
                int offset = 0;
                RuntimeImports.GetInstanceField(mt, 1, &offset);
                return Box(under, ref Unsafe.Add(ref data, offset));
            }
            object o = RuntimeImports.NewObject(mt);
            int sz = RuntimeImports.GetValueSize(mt);
            byte* dst = (byte*)Unsafe.AsPointer(ref RuntimeHelpers.GetRawData(o));
            byte* src = (byte*)Unsafe.AsPointer(ref data);
            if ((flags & TypeFlags.ContainsGCPointers) != 0) RuntimeImports.BulkMoveWithWriteBarrier(dst, src, (nuint)sz);
            else RuntimeImports.Memmove(dst, src, (nuint)sz);
            return o;
        }

        static bool CanCompareBits(IntPtr mt)
        {
            // Bitwise equality is valid when the type holds no references, no floating-point fields
            // (0.0 == -0.0, NaN) and no padding: check the fields recursively.
            int flags = RuntimeImports.GetTypeFlags(mt);
            if ((flags & TypeFlags.ContainsGCPointers) != 0) return false;
            int et = flags & TypeFlags.ElementTypeMask;
            if (et == CorElementType.R4 || et == CorElementType.R8) return false;
            if ((flags & TypeFlags.IsPrimitive) != 0 || (flags & TypeFlags.IsEnum) != 0) return true;
            int total = 0;
            for (int i = 0; ; i++)
            {
                int off;
                IntPtr f = RuntimeImports.GetInstanceField(mt, i, &off);
                if (f == IntPtr.Zero) break;
                if (!CanCompareBits(f)) return false;
                total += RuntimeImports.GetValueSize(f);
            }
            return total == RuntimeImports.GetValueSize(mt);
        }

        internal static bool ValueEquals(IntPtr mt, ref byte a, ref byte b)
        {
            if (CanCompareBits(mt))
            {
                int size = RuntimeImports.GetValueSize(mt);
                for (int i = 0; i < size; i++)
                    if (Unsafe.Add(ref a, i) != Unsafe.Add(ref b, i)) return false;
                return true;
            }
            for (int i = 0; ; i++)
            {
                int off;
                IntPtr f = RuntimeImports.GetInstanceField(mt, i, &off);
                if (f == IntPtr.Zero) return true;
                object x = Box(f, ref Unsafe.Add(ref a, off));
                object y = Box(f, ref Unsafe.Add(ref b, off));
                if (x == null) { if (y != null) return false; }
                else if (!x.Equals(y)) return false;
            }
        }

        internal static int ValueHashCode(IntPtr mt, ref byte data)
        {
            int h = (int)((long)mt >> 4);
            if (CanCompareBits(mt))
            {
                int size = RuntimeImports.GetValueSize(mt);
                int i = 0;
                for (; i + 4 <= size; i += 4) h ^= Unsafe.ReadUnaligned<int>(ref Unsafe.Add(ref data, i));
                for (; i < size; i++) h ^= Unsafe.Add(ref data, i) << (8 * (i & 3));
                return h;
            }
            // Hash of the first non-null field, as CoreCLR's regular value-type hash does.
            for (int i = 0; ; i++)
            {
                int off;
                IntPtr f = RuntimeImports.GetInstanceField(mt, i, &off);
                if (f == IntPtr.Zero) return h;
                object x = Box(f, ref Unsafe.Add(ref data, off));
                if (x != null) return h ^ x.GetHashCode();
            }
        }
    }
}
