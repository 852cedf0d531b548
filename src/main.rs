fn main() {
    let code = redflag::cli::main_with(std::env::args().collect());
    std::process::exit(code);
}
