namespace ThreeDsContracts.Generator;

/// <summary>Tracking names of the pipeline steps (WithTrackingName), used by the incremental tests.</summary>
internal static class GeneratorStepNames
{
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string Options = nameof(Options);
    public const string ParsedSchemas = nameof(ParsedSchemas);
    public const string SymbolTable = nameof(SymbolTable);
    public const string ResolvedSchemas = nameof(ResolvedSchemas);
    public const string SchemaOutputs = nameof(SchemaOutputs);
    public const string SchemaDiagnostics = nameof(SchemaDiagnostics);
    public const string LoadChecks = nameof(LoadChecks);
    public const string Contexts = nameof(Contexts);
    public const string MappingTable = nameof(MappingTable);
    public const string LinkSites = nameof(LinkSites);
    public const string AdapterBuilds = nameof(AdapterBuilds);
    public const string AdapterOutputs = nameof(AdapterOutputs);
    public const string MappingDiagnostics = nameof(MappingDiagnostics);
}
