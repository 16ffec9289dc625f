fn main() {
    println!("postie");
}
