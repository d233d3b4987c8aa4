namespace System
{
    /// <summary>
    /// The placeholder ReadyToRun code uses for reference-type arguments of shared generic
    /// code (CoreCLR's <c>System.__Canon</c>). Never instantiated.
    /// </summary>
    internal sealed class __Canon
    {
        private __Canon() { }
    }
}
