export default (class { constructor() { this.value = "klass"; } });
