import LinearProgramming

/// Builds a model with a closure, for compact case definitions.
func buildModel(_ name: String, _ build: (inout LinearModel) -> Void) -> LinearModel {
    var model = LinearModel(name: name)
    build(&model)
    return model
}
