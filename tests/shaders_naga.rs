//! Every shader parses, validates, and translates to SPIR-V (Vulkan), MSL (Metal) and HLSL
//! (DX12) with naga's back ends. Needs no GPU: this is how a Metal or DX12 break shows up on a
//! Linux CI machine.

use naga::back::{hlsl, msl, spv};
use naga::valid::{Capabilities, ValidationFlags, Validator};

fn translate(name: &str, source: &str) -> Result<(), String> {
    let module = naga::front::wgsl::parse_str(source).map_err(|e| e.emit_to_string(source))?;
    // Only the subgroup matmul may use subgroup operations (the engine runs it only on
    // adapters with wgpu::Features::SUBGROUP); it needs MSL 2.1 and HLSL shader model 6.0.
    let subgroups = name.contains("subgroup");
    // The f16 kernels (mixed precision) run only on devices with wgpu::Features::SHADER_F16;
    // HLSL needs shader model 6.2 for them.
    let f16 = source.contains("enable f16;");
    // Tensor cores: wgpu's experimental cooperative matrices (Vulkan and Metal only: naga has
    // no HLSL for them, and wgpu offers them on no DX12 adapter); Metal needs MSL 2.3.
    let coop = source.contains("enable wgpu_cooperative_matrix;");
    let mut caps = Capabilities::default();
    if coop {
        caps |= Capabilities::COOPERATIVE_MATRIX;
    }
    if subgroups {
        caps |= Capabilities::SUBGROUP;
    }
    if f16 {
        caps |= Capabilities::SHADER_FLOAT16;
    }
    let info = Validator::new(ValidationFlags::all(), caps)
        .validate(&module)
        .map_err(|e| e.emit_to_string(source))?;
    // Overrides take their declared defaults, as a pipeline without constants would.
    let constants = naga::back::PipelineConstants::default();
    let (module, info) =
        naga::back::pipeline_constants::process_overrides(&module, &info, None, &constants)
            .map_err(|e| format!("overrides: {e}"))?;
    assert!(!module.entry_points.is_empty(), "{name} has no entry point");

    spv::write_vec(&module, &info, &spv::Options::default(), None)
        .map_err(|e| format!("SPIR-V: {e}"))?;

    let msl_options = msl::Options {
        lang_version: if coop { (2, 3) } else { (2, 0) },
        fake_missing_bindings: true,
        ..Default::default()
    };
    msl::write_string(
        &module,
        &info,
        &msl_options,
        &msl::PipelineOptions::default(),
    )
    .map_err(|e| format!("MSL: {e}"))?;

    if coop {
        return Ok(());
    }
    let mut hlsl_options = hlsl::Options {
        fake_missing_bindings: true,
        ..Default::default()
    };
    if f16 {
        hlsl_options.shader_model = hlsl::ShaderModel::V6_2;
    }
    let pipeline = hlsl::PipelineOptions::default();
    let mut out = String::new();
    hlsl::Writer::new(&mut out, &hlsl_options, &pipeline)
        .write(&module, &info, None)
        .map_err(|e| format!("HLSL: {e}"))?;
    Ok(())
}

#[test]
fn every_shader_translates_to_spirv_msl_hlsl() {
    let mut failures = vec![];
    for shader in wgtrain::kernels::all_shaders() {
        if let Err(e) = translate(shader.name, shader.source) {
            failures.push(format!("{}: {e}", shader.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_shader_file_is_registered() {
    let registered: Vec<&str> = wgtrain::kernels::all_shaders()
        .iter()
        .map(|s| s.name)
        .collect();
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/shaders")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            continue; // shaders/lib: fragments appended to the registered sources
        }
        let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
        assert!(
            registered.contains(&stem.as_str()),
            "shaders/{stem}.wgsl is not in kernels::all_shaders()"
        );
    }
}

#[test]
fn a_broken_shader_is_reported() {
    // The test must be able to fail: a type error is caught by validation.
    let bad = "@compute @workgroup_size(1) fn main() { let x: u32 = 1.5; }";
    assert!(translate("bad", bad).is_err());
    // Subgroup operations outside the subgroup kernel are refused.
    let sg = "@compute @workgroup_size(8) fn main(@builtin(subgroup_invocation_id) l: u32) { let x = subgroupBroadcast(1.0, 0u); }";
    assert!(translate("plain", sg).is_err());
}

/// The stores in `source` that write one component of a vector held in workgroup or storage
/// memory (`tile[i][j] = x`, `v.x = x`), as "function: variable". WGSL lets a write to a vector
/// component access the whole vector (the spec's memory model), so two invocations writing
/// different components of one vector race unless a barrier separates them; a driver that
/// stores the vector read-modified-written keeps only one of the writes. lavapipe runs
/// invocations one subgroup after another and hides such races, so this is checked on the IR.
fn partial_vector_stores(source: &str) -> Result<Vec<String>, String> {
    use naga::{AddressSpace, Expression, Statement, TypeInner};
    let module = naga::front::wgsl::parse_str(source).map_err(|e| e.emit_to_string(source))?;
    let info = Validator::new(ValidationFlags::all(), Capabilities::all())
        .validate(&module)
        .map_err(|e| e.emit_to_string(source))?;
    fn walk(block: &naga::Block, visit: &mut dyn FnMut(&Statement)) {
        for statement in block.iter() {
            visit(statement);
            match statement {
                Statement::Block(b) => walk(b, visit),
                Statement::If { accept, reject, .. } => {
                    walk(accept, visit);
                    walk(reject, visit);
                }
                Statement::Switch { cases, .. } => cases.iter().for_each(|c| walk(&c.body, visit)),
                Statement::Loop {
                    body, continuing, ..
                } => {
                    walk(body, visit);
                    walk(continuing, visit);
                }
                _ => {}
            }
        }
    }
    let mut found = vec![];
    let functions = module.functions.iter().map(|(h, f)| (f, &info[h])).chain(
        module
            .entry_points
            .iter()
            .enumerate()
            .map(|(i, ep)| (&ep.function, info.get_entry_point(i))),
    );
    for (function, fi) in functions {
        walk(&function.body, &mut |statement| {
            let Statement::Store { pointer, .. } = statement else {
                return;
            };
            let (Expression::Access { base, .. } | Expression::AccessIndex { base, .. }) =
                function.expressions[*pointer]
            else {
                return;
            };
            let of_vector = match fi[base].ty.inner_with(&module.types) {
                TypeInner::Pointer { base, .. } => {
                    matches!(module.types[*base].inner, TypeInner::Vector { .. })
                }
                TypeInner::ValuePointer { size, .. } => size.is_some(),
                _ => false,
            };
            // the variable the pointer leads into
            let mut root = base;
            while let Expression::Access { base, .. } | Expression::AccessIndex { base, .. } =
                function.expressions[root]
            {
                root = base;
            }
            if let Expression::GlobalVariable(g) = function.expressions[root] {
                let variable = &module.global_variables[g];
                let shared = matches!(
                    variable.space,
                    AddressSpace::WorkGroup | AddressSpace::Storage { .. }
                );
                if of_vector && shared {
                    found.push(format!(
                        "{}: {}",
                        function.name.as_deref().unwrap_or("?"),
                        variable.name.as_deref().unwrap_or("?")
                    ));
                }
            }
        });
    }
    found.sort();
    found.dedup();
    Ok(found)
}

#[test]
fn no_shader_writes_part_of_a_vector_in_shared_memory() {
    let mut failures = vec![];
    for shader in wgtrain::kernels::all_shaders() {
        match partial_vector_stores(shader.source) {
            Ok(found) if found.is_empty() => {}
            Ok(found) => failures.push(format!("{}: {}", shader.name, found.join(", "))),
            Err(e) => failures.push(format!("{}: {e}", shader.name)),
        }
    }
    assert!(
        failures.is_empty(),
        "component writes into vectors other invocations write too (write whole vectors):\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_component_write_into_shared_memory_is_found() {
    // The check must be able to fail: one component of a workgroup vec4 per invocation.
    let partial = "var<workgroup> t: array<vec4<f32>, 4>;
        @group(0) @binding(0) var<storage, read_write> o: array<vec4<f32>>;
        @compute @workgroup_size(16) fn main(@builtin(local_invocation_index) li: u32) {
          t[li / 4u][li % 4u] = f32(li); workgroupBarrier(); o[li] = t[li % 4u]; }";
    assert_eq!(partial_vector_stores(partial).unwrap(), ["main: t"]);
    let swizzle = "@group(0) @binding(0) var<storage, read_write> o: array<vec4<f32>>;
        @compute @workgroup_size(4) fn main(@builtin(local_invocation_index) li: u32) {
          o[0].y = 1.0; }";
    assert_eq!(partial_vector_stores(swizzle).unwrap(), ["main: o"]);
    // Whole vectors, scalar arrays and a function's own vector are fine.
    let whole = "var<workgroup> t: array<vec4<f32>, 4>; var<workgroup> s: array<f32, 16>;
        @group(0) @binding(0) var<storage, read_write> o: array<vec4<f32>>;
        @compute @workgroup_size(16) fn main(@builtin(local_invocation_index) li: u32) {
          var v = vec4<f32>(0.0); v[li % 4u] = 1.0;
          if (li < 4u) { t[li] = v; } s[li] = 2.0; workgroupBarrier(); o[li] = t[li % 4u] + s[li]; }";
    assert_eq!(partial_vector_stores(whole).unwrap(), Vec::<String>::new());
}

/// The lane-order twins (`check --lane-order`) translate like their sources, and every kernel
/// family sharing workgroup memory gets one (the GPU tilings, the tree reductions, the
/// register-tile codebook search's merge), except the cooperative-matrix kernel, whose
/// invocations are numbered within subgroups.
#[test]
fn the_lane_order_twins_translate_and_cover_the_workgroup_memory_kernels() {
    let mut renumbered = vec![];
    for shader in wgtrain::kernels::all_shaders() {
        for order in 1..4 {
            if let Some(twin) = wgtrain::kernels::with_lane_order(shader.source, order) {
                translate(shader.name, &twin)
                    .unwrap_or_else(|e| panic!("{} lane order {order}: {e}", shader.name));
                assert!(twin.contains(&format!("// lane order {order}")));
                if order == 1 {
                    renumbered.push(shader.name);
                }
            }
        }
    }
    renumbered.sort();
    assert_eq!(
        renumbered,
        [
            "codebook_nearest",
            "codebook_nearest_tiled",
            "conv_implicit_tiled",
            "conv_implicit_tiled_f16",
            "cross_entropy",
            "matmul_tiled",
            "matmul_tiled_f16",
            "reduce",
            "softmax"
        ]
    );
    assert!(wgtrain::kernels::with_lane_order("var<workgroup> t: f32;", 0).is_none());
}
