using System.Runtime.InteropServices;
using Internal.Runtime;

namespace System.Runtime.CompilerServices
{
    public static unsafe partial class RuntimeHelpers
    {
        /// <summary>Copies RVA data into an array (Roslyn's array initializers). Element data is little-endian as stored.</summary>
        public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            int size;
            byte* src = RuntimeImports.GetFieldRvaData(fldHandle.Value, &size);
            IntPtr mt = GetMethodTable(array);
            nuint total = (nuint)array.Length * (nuint)RuntimeImports.GetValueSize(RuntimeImports.GetElementType(mt));
            if (total > (nuint)size) throw new ArgumentException("The field is not large enough to initialize the array.");
            RuntimeImports.Memmove((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)), src, total);
        }

        /// <summary>A span over RVA data (Roslyn uses it for constant ReadOnlySpan&lt;T&gt; of multi-byte primitives).</summary>
        [Intrinsic]
        public static ReadOnlySpan<T> CreateSpan<T>(RuntimeFieldHandle fldHandle)
        {
            int size;
            byte* src = RuntimeImports.GetFieldRvaData(fldHandle.Value, &size);
            return new ReadOnlySpan<T>(src, size / Unsafe.SizeOf<T>());
        }

        /// <summary>JIT intrinsic: the MT of T as a constant (what ldtoken T pushes), without creating a Type object.</summary>
        [Intrinsic]
        internal static IntPtr GetMethodTableOf<T>() => typeof(T).TypeHandle.Value;

        [Intrinsic]
        public static bool IsReferenceOrContainsReferences<T>()
        {
            IntPtr mt = GetMethodTableOf<T>();
            int flags = RuntimeImports.GetTypeFlags(mt);
            return (flags & TypeFlags.IsValueType) == 0 || (flags & TypeFlags.ContainsGCPointers) != 0;
        }

        /// <summary>Identity hash: derived from the object's address (the GC never moves objects).</summary>
        public static int GetHashCode(object o)
        {
            if (o == null) return 0;
            ulong a = (ulong)Unsafe.AsPointer(ref GetRawData(o));
            a = (a >> 3) * 0x9E3779B97F4A7C15UL;
            return (int)(a >> 33);
        }

        public static new bool Equals(object o1, object o2)
        {
            if (o1 == o2) return true;
            if (o1 == null || o2 == null) return false;
            IntPtr mt = GetMethodTable(o1);
            if (mt != GetMethodTable(o2)) return false;
            if ((RuntimeImports.GetTypeFlags(mt) & TypeFlags.IsValueType) == 0) return false;
            int size = RuntimeImports.GetValueSize(mt);
            ref byte a = ref GetRawData(o1);
            ref byte b = ref GetRawData(o2);
            for (int i = 0; i < size; i++) if (Unsafe.Add(ref a, i) != Unsafe.Add(ref b, i)) return false;
            return true;
        }

        public static object GetObjectValue(object obj)
        {
            if (obj == null) return null;
            IntPtr mt = GetMethodTable(obj);
            if ((RuntimeImports.GetTypeFlags(mt) & TypeFlags.IsValueType) == 0) return obj;
            return RuntimeImports.MemberwiseClone(obj);
        }

        public static int OffsetToStringData => 12;

        public static void EnsureSufficientExecutionStack() { }
        public static bool TryEnsureSufficientExecutionStack() => true;
        public static void RunClassConstructor(RuntimeTypeHandle type) { }
        public static void PrepareConstrainedRegions() { }
        public static void PrepareConstrainedRegionsNoOP() { }
        public static void ProbeForSufficientStack() { }
        public static void PrepareMethod(RuntimeMethodHandle method) { }
        public static void PrepareMethod(RuntimeMethodHandle method, RuntimeTypeHandle[] instantiation) { }
        public static void PrepareDelegate(Delegate d) { }
        public static void PrepareContractedDelegate(Delegate d) { }

        public static object GetUninitializedObject(Type type)
        {
            if (type == null) throw new ArgumentNullException(nameof(type));
            return RuntimeImports.NewObject(type.TypeHandle.Value);
        }

        public static int SizeOf(RuntimeTypeHandle type) => RuntimeImports.GetValueSize(type.Value);

        public static T[] GetSubArray<T>(T[] array, Range range)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            (int offset, int length) = range.GetOffsetAndLength(array.Length);
            T[] dest = new T[length];
            Array.Copy(array, offset, dest, 0, length);
            return dest;
        }

        // ---- internal helpers over the layout law ----
        /// <summary>The object's MethodTable pointer (the word at +0).</summary>
        internal static IntPtr GetMethodTable(object obj) => Unsafe.Add(ref Unsafe.As<byte, IntPtr>(ref Unsafe.As<RawData>(obj).Data), -1);

        /// <summary>Reference to the first field (+8): the payload of a boxed value, the first field of a class.</summary>
        internal static ref byte GetRawData(object obj) => ref Unsafe.As<RawData>(obj).Data;

        internal static bool IsReference<T>() => (RuntimeImports.GetTypeFlags(GetMethodTableOf<T>()) & TypeFlags.IsValueType) == 0;
    }
}
