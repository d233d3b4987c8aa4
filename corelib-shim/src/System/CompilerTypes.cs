// InlineArrayN<T> (used by Roslyn for collection expressions and params spans), security attributes emitted by
// Roslyn for -unsafe compilations, and other small compiler-referenced types.
namespace System.Runtime.CompilerServices
{
    [InlineArray(2)] public struct InlineArray2<T> { private T t; }
    [InlineArray(3)] public struct InlineArray3<T> { private T t; }
    [InlineArray(4)] public struct InlineArray4<T> { private T t; }
    [InlineArray(5)] public struct InlineArray5<T> { private T t; }
    [InlineArray(6)] public struct InlineArray6<T> { private T t; }
    [InlineArray(7)] public struct InlineArray7<T> { private T t; }
    [InlineArray(8)] public struct InlineArray8<T> { private T t; }
    [InlineArray(9)] public struct InlineArray9<T> { private T t; }
    [InlineArray(10)] public struct InlineArray10<T> { private T t; }
    [InlineArray(11)] public struct InlineArray11<T> { private T t; }
    [InlineArray(12)] public struct InlineArray12<T> { private T t; }
    [InlineArray(13)] public struct InlineArray13<T> { private T t; }
    [InlineArray(14)] public struct InlineArray14<T> { private T t; }
    [InlineArray(15)] public struct InlineArray15<T> { private T t; }
    [InlineArray(16)] public struct InlineArray16<T> { private T t; }

    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class PreserveBaseOverridesAttribute : Attribute { public PreserveBaseOverridesAttribute() { } }
}

namespace System.Security
{
    [AttributeUsage(AttributeTargets.Module, AllowMultiple = true, Inherited = false)]
    public sealed class UnverifiableCodeAttribute : Attribute { public UnverifiableCodeAttribute() { } }

    public interface IPermission { }
}

namespace System.Security.Permissions
{
    public enum SecurityAction
    {
        Demand = 2, Assert = 3, Deny = 4, PermitOnly = 5, LinkDemand = 6, InheritanceDemand = 7,
        RequestMinimum = 8, RequestOptional = 9, RequestRefuse = 10,
    }

    [Flags]
    public enum SecurityPermissionFlag
    {
        NoFlags = 0x00, Assertion = 0x01, UnmanagedCode = 0x02, SkipVerification = 0x04, Execution = 0x08, ControlThread = 0x10,
        ControlEvidence = 0x20, ControlPolicy = 0x40, SerializationFormatter = 0x80, ControlDomainPolicy = 0x100,
        ControlPrincipal = 0x200, ControlAppDomain = 0x400, RemotingConfiguration = 0x800, Infrastructure = 0x1000,
        BindingRedirects = 0x2000, AllFlags = 0x3FFF,
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public abstract class SecurityAttribute : Attribute
    {
        protected SecurityAttribute(SecurityAction action) { Action = action; }
        public SecurityAction Action { get; set; }
        public bool Unrestricted { get; set; }
        public abstract IPermission CreatePermission();
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public abstract class CodeAccessSecurityAttribute : SecurityAttribute
    {
        protected CodeAccessSecurityAttribute(SecurityAction action) : base(action) { }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class SecurityPermissionAttribute : CodeAccessSecurityAttribute
    {
        public SecurityPermissionAttribute(SecurityAction action) : base(action) { }
        public SecurityPermissionFlag Flags { get; set; }
        public bool Assertion { get => (Flags & SecurityPermissionFlag.Assertion) != 0; set => Set(SecurityPermissionFlag.Assertion, value); }
        public bool BindingRedirects { get => (Flags & SecurityPermissionFlag.BindingRedirects) != 0; set => Set(SecurityPermissionFlag.BindingRedirects, value); }
        public bool ControlAppDomain { get => (Flags & SecurityPermissionFlag.ControlAppDomain) != 0; set => Set(SecurityPermissionFlag.ControlAppDomain, value); }
        public bool ControlDomainPolicy { get => (Flags & SecurityPermissionFlag.ControlDomainPolicy) != 0; set => Set(SecurityPermissionFlag.ControlDomainPolicy, value); }
        public bool ControlEvidence { get => (Flags & SecurityPermissionFlag.ControlEvidence) != 0; set => Set(SecurityPermissionFlag.ControlEvidence, value); }
        public bool ControlPolicy { get => (Flags & SecurityPermissionFlag.ControlPolicy) != 0; set => Set(SecurityPermissionFlag.ControlPolicy, value); }
        public bool ControlPrincipal { get => (Flags & SecurityPermissionFlag.ControlPrincipal) != 0; set => Set(SecurityPermissionFlag.ControlPrincipal, value); }
        public bool ControlThread { get => (Flags & SecurityPermissionFlag.ControlThread) != 0; set => Set(SecurityPermissionFlag.ControlThread, value); }
        public bool Execution { get => (Flags & SecurityPermissionFlag.Execution) != 0; set => Set(SecurityPermissionFlag.Execution, value); }
        public bool Infrastructure { get => (Flags & SecurityPermissionFlag.Infrastructure) != 0; set => Set(SecurityPermissionFlag.Infrastructure, value); }
        public bool RemotingConfiguration { get => (Flags & SecurityPermissionFlag.RemotingConfiguration) != 0; set => Set(SecurityPermissionFlag.RemotingConfiguration, value); }
        public bool SerializationFormatter { get => (Flags & SecurityPermissionFlag.SerializationFormatter) != 0; set => Set(SecurityPermissionFlag.SerializationFormatter, value); }
        public bool SkipVerification { get => (Flags & SecurityPermissionFlag.SkipVerification) != 0; set => Set(SecurityPermissionFlag.SkipVerification, value); }
        public bool UnmanagedCode { get => (Flags & SecurityPermissionFlag.UnmanagedCode) != 0; set => Set(SecurityPermissionFlag.UnmanagedCode, value); }
        private void Set(SecurityPermissionFlag f, bool on) => Flags = on ? Flags | f : Flags & ~f;
        public override IPermission CreatePermission() => null;
    }
}
