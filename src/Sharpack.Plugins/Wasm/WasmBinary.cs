// Reads what a bundler needs of a WebAssembly binary: its imports (module, name, kind) and the
// names of its exports, from the import and export sections (webpack decodes the whole module
// with @webassemblyjs, skipping the code and data sections; only these two matter here).
// https://webassembly.github.io/spec/core/binary/modules.html

using System.Text;

namespace Sharpack.Plugins.Wasm;

/// <summary>The kind of an import or export of a WebAssembly module.</summary>
public enum WasmExternalKind : byte
{
    /// <summary>A function.</summary>
    Function = 0,
    /// <summary>A table.</summary>
    Table = 1,
    /// <summary>A memory.</summary>
    Memory = 2,
    /// <summary>A global.</summary>
    Global = 3,
    /// <summary>An exception tag.</summary>
    Tag = 4,
}

/// <summary>One import of a WebAssembly module: <c>(import "module" "name" (kind …))</c>.</summary>
/// <param name="Module">The module the import is read from (a request, for a bundler).</param>
/// <param name="Name">The name of the import in that module.</param>
/// <param name="Kind">What is imported.</param>
public readonly record struct WasmImport(string Module, string Name, WasmExternalKind Kind);

/// <summary>The imports and exports of a WebAssembly binary.</summary>
public sealed class WasmBinary
{
    private WasmBinary(List<WasmImport> imports, List<string> exports)
    {
        Imports = imports;
        Exports = exports;
    }

    /// <summary>The module's imports, in their order in the binary.</summary>
    public IReadOnlyList<WasmImport> Imports { get; }

    /// <summary>The names of the module's exports, in their order in the binary.</summary>
    public IReadOnlyList<string> Exports { get; }

    /// <summary>Whether <paramref name="bytes"/> start with the WebAssembly magic number <c>\0asm</c>.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == (byte)'a' && bytes[2] == (byte)'s' && bytes[3] == (byte)'m';

    /// <summary>Reads the imports and exports of <paramref name="bytes"/>.</summary>
    /// <exception cref="FormatException">Not a WebAssembly binary of version 1, or a section is cut short.</exception>
    public static WasmBinary Read(ReadOnlySpan<byte> bytes)
    {
        if (!HasMagic(bytes))
            throw new FormatException("not a WebAssembly binary (the magic number \\0asm is missing)");
        if (bytes.Length < 8 || bytes[4] != 1 || bytes[5] != 0 || bytes[6] != 0 || bytes[7] != 0)
            throw new FormatException("unsupported WebAssembly binary version (1 expected)");
        var imports = new List<WasmImport>();
        var exports = new List<string>();
        var reader = new Reader(bytes, 8);
        while (!reader.AtEnd)
        {
            var id = reader.Byte();
            var size = reader.U32();
            var end = reader.Position + (int)size;
            if (size > int.MaxValue || end > bytes.Length)
                throw new FormatException($"section {id} at offset {reader.Position} runs past the end of the binary");
            var section = new Reader(bytes[..end], reader.Position);
            switch (id)
            {
                case 2:
                    ReadImports(ref section, imports);
                    break;
                case 7:
                    ReadExports(ref section, exports);
                    break;
            }
            reader.Position = end;
        }
        return new WasmBinary(imports, exports);
    }

    private static void ReadImports(ref Reader reader, List<WasmImport> imports)
    {
        var count = reader.U32();
        for (var i = 0u; i < count; i++)
        {
            var module = reader.Name();
            var name = reader.Name();
            var kind = (WasmExternalKind)reader.Byte();
            switch (kind)
            {
                case WasmExternalKind.Function:
                    reader.U32(); // type index
                    break;
                case WasmExternalKind.Table:
                    reader.Byte(); // reference type
                    reader.Limits();
                    break;
                case WasmExternalKind.Memory:
                    reader.Limits();
                    break;
                case WasmExternalKind.Global:
                    reader.ValueType();
                    reader.Byte(); // mutability
                    break;
                case WasmExternalKind.Tag:
                    reader.Byte(); // attribute
                    reader.U32(); // type index
                    break;
                default:
                    throw new FormatException($"unknown import kind 0x{(byte)kind:x2} of \"{module}\" \"{name}\"");
            }
            imports.Add(new WasmImport(module, name, kind));
        }
    }

    private static void ReadExports(ref Reader reader, List<string> exports)
    {
        var count = reader.U32();
        for (var i = 0u; i < count; i++)
        {
            exports.Add(reader.Name());
            reader.Byte(); // kind
            reader.U32(); // index
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes, int position)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;

        public int Position = position;

        public readonly bool AtEnd => Position >= _bytes.Length;

        public byte Byte()
        {
            if (Position >= _bytes.Length)
                throw new FormatException($"unexpected end of the binary at offset {Position}");
            return _bytes[Position++];
        }

        // An unsigned LEB128 of at most 32 bits.
        public uint U32()
        {
            uint result = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                result |= (uint)(b & 0x7f) << shift;
                if ((b & 0x80) == 0)
                    return result;
            }
            throw new FormatException($"integer too long at offset {Position}");
        }

        public string Name()
        {
            var length = U32();
            if (length > (uint)(_bytes.Length - Position))
                throw new FormatException($"name at offset {Position} runs past the end of its section");
            var name = Encoding.UTF8.GetString(_bytes.Slice(Position, (int)length));
            Position += (int)length;
            return name;
        }

        public void Limits()
        {
            var flags = Byte();
            U32();
            if ((flags & 1) != 0)
                U32();
        }

        // A value type: one byte (numbers, vectors, references), or a typed reference with a heap type.
        public void ValueType()
        {
            var type = Byte();
            if (type is 0x63 or 0x64)
                SignedHeapType();
        }

        private void SignedHeapType()
        {
            for (var i = 0; i < 5; i++)
            {
                if ((Byte() & 0x80) == 0)
                    return;
            }
        }
    }
}
