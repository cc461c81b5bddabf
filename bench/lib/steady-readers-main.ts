// The steady readers' own process (steady-readers.ts): the plan as JSON in argv, the result as one JSON line.
import { runSteadyReaders, type Plan } from './steady-readers';

runSteadyReaders(JSON.parse(process.argv[2]!) as Plan).then((result) => console.log(JSON.stringify(result)));
