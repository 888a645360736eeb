use super::DeviceArgs;
use wgtrain::gpu::adapter;

pub fn run(args: &DeviceArgs) -> anyhow::Result<()> {
    let all = adapter::list_adapters(wgpu::Backends::all());
    if all.is_empty() {
        anyhow::bail!(
            "no adapter with compute shaders found. On Linux without a GPU, install Mesa's CPU Vulkan driver: \
             apt-get install mesa-vulkan-drivers libvulkan1"
        );
    }
    let chosen = adapter::choose(&args.choice()).ok().map(|a| a.get_info());
    for (i, a) in all.iter().enumerate() {
        let info = a.get_info();
        let mark = if chosen
            .as_ref()
            .is_some_and(|c| c.name == info.name && c.backend == info.backend)
        {
            "  <- selected"
        } else {
            ""
        };
        println!("{}{mark}", adapter::describe(i, &info));
        let l = a.limits();
        println!(
            "      max storage binding {} MiB, max buffer {} MiB, workgroup memory {} KiB, invocations/workgroup {}, workgroups/dim {}",
            l.max_storage_buffer_binding_size >> 20,
            l.max_buffer_size >> 20,
            l.max_compute_workgroup_storage_size >> 10,
            l.max_compute_invocations_per_workgroup,
            l.max_compute_workgroups_per_dimension
        );
        let f = a.features();
        // the width decides which kernels run: the lavapipe-tuned ones need exactly 8
        let subgroups = if !f.contains(wgpu::Features::SUBGROUP) {
            "no".to_string()
        } else if info.subgroup_min_size == info.subgroup_max_size {
            format!("{} wide", info.subgroup_min_size)
        } else {
            format!(
                "{} to {} wide",
                info.subgroup_min_size, info.subgroup_max_size
            )
        };
        println!(
            "      timestamps {}, f16 {}, subgroups {subgroups}",
            f.contains(wgpu::Features::TIMESTAMP_QUERY),
            f.contains(wgpu::Features::SHADER_F16),
        );
    }
    Ok(())
}
