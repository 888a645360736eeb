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
