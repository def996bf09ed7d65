import BenchmarkSupport
import Testing

/// A shared Markdown file: one writer's section is replaced, the others' are kept byte for byte.
@Suite struct MarkedSectionTests {
    @Test func newFileGetsTitleAndSection() {
        #expect(
            MarkedSection.replace("a", with: "body\n\n", in: nil, title: "# T")
                == "# T\n\n<!-- begin: a -->\nbody\n<!-- end: a -->\n"
        )
    }

    @Test func replacesOnlyItsOwnSection() {
        let document = "# T\n\nother text\n<!-- begin: a -->\nold\n<!-- end: a -->\n## Later\nkept\n"
        #expect(
            MarkedSection.replace("a", with: "new", in: document, title: "# T")
                == "# T\n\nother text\n<!-- begin: a -->\nnew\n<!-- end: a -->\n## Later\nkept\n"
        )
    }

    @Test func appendsWhenTheFileHasNoSection() {
        #expect(
            MarkedSection.replace("b", with: "new", in: "# Benchmarks\n\nsolver figures\n", title: "# T")
                == "# Benchmarks\n\nsolver figures\n\n<!-- begin: b -->\nnew\n<!-- end: b -->\n"
        )
    }
}
