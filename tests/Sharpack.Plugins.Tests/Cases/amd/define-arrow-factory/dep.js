define(() => "dep");
