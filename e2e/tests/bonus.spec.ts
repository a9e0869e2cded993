// Bonus transfer and the public balance check at desktop width (the flows are in bonus.ts).
import { bonusTests } from './bonus';

bonusTests();
