// A pipeline of rxjs operators.
import { from, map, filter, scan, takeLast } from "rxjs";

from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  .pipe(
    filter(n => n % 2 === 1),
    map(n => n * n),
    scan((sum, n) => sum + n, 0),
    takeLast(1),
  )
  .subscribe(total => console.log("sum of odd squares: " + total));
