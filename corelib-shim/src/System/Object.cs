using System.Runtime.CompilerServices;
using System.Runtime.Versioning;
using Internal.Runtime;

namespace System
{
    /// <summary>The root of the type hierarchy. Layout law: MT pointer at +0, header at -8, no fields.</summary>
    public class Object
    {
        [NonVersionable]
        public Object() { }

        ~Object() { }

        public virtual string ToString() => GetType().ToString();

        public virtual bool Equals(object obj) => (object)this == obj;

        public static bool Equals(object objA, object objB)
        {
            if (objA == objB) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }

        [NonVersionable]
        public static bool ReferenceEquals(object objA, object objB) => objA == objB;

        public virtual int GetHashCode() => RuntimeHelpers.GetHashCode(this);

        [Intrinsic]
        public Type GetType() => RuntimeImports.GetTypeObject(RuntimeHelpers.GetMethodTable(this));

        protected object MemberwiseClone() => RuntimeImports.MemberwiseClone(this);
    }

    /// <summary>Helper for reading an object's data: Data is the first byte after the MT pointer (+8).</summary>
    internal sealed class RawData
    {
        public byte Data;
    }

    /// <summary>Helper for arrays: Length at +8, padding at +12, SZ data at +16.</summary>
    internal sealed class RawArrayData
    {
        public uint Length;
        public uint Padding;
        public byte Data;
    }
}
