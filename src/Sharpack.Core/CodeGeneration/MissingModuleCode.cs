// Follows webpack's RuntimeTemplate.missingModule* helpers: what a reference to a module that
// could not be resolved becomes, so the bundle throws MODULE_NOT_FOUND where the code runs (as
// node would) instead of failing to build. The request is quoted as a JSON string, so no
// request can break out of it.

namespace Sharpack.Core.CodeGeneration;

/// <summary>Code standing in for a module that was not found.</summary>
public static class MissingModuleCode
{
    /// <summary><c>var e = new Error("Cannot find module '…'"); e.code = 'MODULE_NOT_FOUND'; throw e;</c></summary>
    public static string ThrowBlock(string request) =>
        $"var e = new Error({CodeGenerationContext.JsonString($"Cannot find module '{request}'")}); e.code = 'MODULE_NOT_FOUND'; throw e;";

    /// <summary>An expression that throws when evaluated (webpack's missingModule).</summary>
    public static string Expression(string request) => $"Object(function webpackMissingModule() {{ {ThrowBlock(request)} }}())";

    /// <summary>A statement that throws (webpack's missingModuleStatement).</summary>
    public static string Statement(string request) => Expression(request) + ";\n";

    /// <summary>A promise that rejects (webpack's missingModulePromise).</summary>
    public static string Promise(string request) => $"Promise.resolve().then(function webpackMissingModule() {{ {ThrowBlock(request)} }})";
}
