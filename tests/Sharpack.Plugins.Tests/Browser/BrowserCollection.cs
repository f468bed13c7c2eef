// The xunit collection of the browser test classes: they share one BrowserFixture (one
// Chromium, one server, one expect build) and run one after another.

using Xunit;

namespace Sharpack.Plugins.Tests.Browser;

/// <summary>The collection whose classes share <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(BrowserFixture.Collection)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
