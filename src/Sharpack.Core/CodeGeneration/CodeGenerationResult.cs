// A module's generated code and the runtime globals it needs.

using Sharpack.Core.Runtime;
using Sharpack.Sources;

namespace Sharpack.Core.CodeGeneration;

/// <summary>The output of generating one module.</summary>
public sealed record CodeGenerationResult(Source Source, RuntimeGlobals RuntimeRequirements);
