import "./sub/dir/a";
