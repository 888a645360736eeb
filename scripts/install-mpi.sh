#!/usr/bin/env bash
# Make sure an MPI and what the `mpi` crate's bindings need are present, for `--features mpi`
# (data-parallel training): Open MPI's launcher and headers, and libclang for bindgen.
# Needs root (or sudo) only when something is missing.
set -euo pipefail
need=()
command -v mpirun >/dev/null 2>&1 || need+=(openmpi-bin)
command -v mpicc >/dev/null 2>&1 || need+=(libopenmpi-dev)
# bindgen loads libclang.so or libclang-N.so (libclang-cpp, which LLVM packages bring, is not it)
ldconfig -p | grep -qE 'libclang(-[0-9.]+)?\.so' || need+=(libclang-dev)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "missing: ${need[*]}; install an MPI (Open MPI or MPICH, with its headers) and libclang with your package manager" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
