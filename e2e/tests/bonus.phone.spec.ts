// Bonus transfer and the public balance check at 360 px (the flows are in bonus.ts).
import { bonusTests } from './bonus';

bonusTests();
