this.sharedTag = "global";
