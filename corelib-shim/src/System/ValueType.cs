using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    public abstract class ValueType
    {
        protected ValueType() { }

        public override unsafe bool Equals(object obj)
        {
            if (obj == null) return false;
            IntPtr mt = RuntimeHelpers.GetMethodTable(this);
            if (RuntimeHelpers.GetMethodTable(obj) != mt) return false;
            ref byte a = ref RuntimeHelpers.GetRawData(this);
            ref byte b = ref RuntimeHelpers.GetRawData(obj);
            return TypeSupport.ValueEquals(mt, ref a, ref b);
        }

        public override unsafe int GetHashCode()
        {
            IntPtr mt = RuntimeHelpers.GetMethodTable(this);
            return TypeSupport.ValueHashCode(mt, ref RuntimeHelpers.GetRawData(this));
        }

        public override string ToString() => GetType().ToString();
    }
}
