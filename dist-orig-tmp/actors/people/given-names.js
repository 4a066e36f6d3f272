/**
 * Common given names of France, Germany, Austria, Switzerland, the UK, the US, Spain and Italy
 * (folded: lower case, no accents). A name whose first word is here is more likely a person;
 * names outside the list are still accepted where the page's structure says they are people.
 */
import { foldText } from '../analyse/fold-text.js';
const NAMES = `
aaron abigail adam adele adrian adriana adrien agathe agnes agustin aidan aitana alain alan alba albert alberto alejandra
alejandro aleksandra alessandra alessandro alessia alex alexander alexandra alexandre alexis alfonso alfred alice alicia
aline alison amandine amelia amelie ana anais andre andrea andreas andres andrew angel angela angelika angelo anja anna
annabelle anne anne-laure anne-marie anne-sophie annette annika anthony antoine antoinette antonia antonio arianna
armin arnaud arthur astrid audrey aurelie aurelien axel barbara bastien beatrice beatriz ben benedikt benjamin benoit
bernard bernd bertrand bettina bianca birgit bjorn blanca brigitte bruno camille carine carla carlo carlos carmen
carole caroline carolina catherine cecile cedric celine chantal charles charlotte chiara chloe christelle christian
christiane christina christine christoph christophe christopher claire clara claude claudia claudio clement cristina
corinne cyril damien daniel daniela daniele danielle dario david davide delphine denis didier diego dieter dirk
dominik dominique dorothee edith eduardo elena eleonora elias elisa elisabeth elise eliza elizabeth ella ellen elodie
elena emanuele emilie emily emma emmanuel emmanuelle enrico enrique eric erika erwan esteban estelle esther ethan
eugenie eva eve fabian fabien fabienne fabio fabrice federica federico felix fernando filippo florence florian
francesca francesco francis francisco franck francois francoise frank franziska frederic frederique gabriel gabriele
gabrielle gael gaelle gaspard gaston genevieve georg george georges gerald gerard gerhard giacomo gianluca gilbert
gilles giorgia giorgio giovanni giulia giulio giuseppe gonzalo gregoire gregory guillaume gunter gustavo guy hannah
hans harald harry heike heinz helene helga helmut henri henrik henry herve hugo hugues ines ingrid irene isabel
isabella isabelle ivan jacqueline jacques jakob james jan jana jane janine javier jean jean-baptiste jean-christophe
jean-claude jean-francois jean-luc jean-marc jean-marie jean-michel jean-paul jean-pierre jeanne jennifer jens jerome
jessica joachim joan joel johann johanna johannes john jonas jonathan jordi jorg jorge jose jose-luis josef josefina
joseph josephine juan judith jules julia julian julie julien juliette jurgen justine karin karina karl katharina
kathrin katja kevin klaus kurt lara laura laurence laurent lea lea leon leonie lorenzo louis louise luca lucas lucia
luciano lucie ludovic luis luisa lukas luke lydie madeleine magali maite manon manuel manuela marc marco marcel
marcello margaux margot maria mariana marie marie-claire marie-france marie-laure marianne marina mario marion mark
markus marta martin martina mateo mathias mathieu mathilde matteo matthew matthias mattia maurice max maxime maximilian
melanie melissa mercedes mia michael michaela michel michele michelle miguel mike mireille monica monika morgane
muriel myriam nadia nadine natalia natalie nathalie nicolas nicole niklas nina noemie olivia olivier oliver oscar
pablo paola pascal pascale patricia patrick paul paula paolo peter petra philipp philippe pierre pietro pilar quentin
rafael raffaele rainer ralf ramon raphael raul rebecca regine remi renate rene ricardo riccardo richard robert roberta
roberto rodrigo roger roland romain rosa ruben ruth sabine sabrina sacha samuel sandra sandrine sara sarah sebastian
sebastien serena sergio severine silvia simon simona simone sofia sofie solene sonia sophie stefan stefania stefano
stephane stephanie steffen susanne sven sylvain sylvie tanja teresa thierry thomas thorsten tim timo tobias tom tommaso
ulrich ursula uwe valentin valentina valerie vanessa vera veronica veronique victor victoria vincent vincenzo virginie
walter werner william wolfgang xavier yann yannick yves yvonne zoe
`;
const GIVEN_NAMES = new Set(NAMES.split(/\s+/).filter(Boolean));
/** Whether a word (any case, accents allowed) is a common given name; hyphenated compounds count by their first part too. */
export function isCommonGivenName(word) {
    const folded = foldText(word);
    return GIVEN_NAMES.has(folded) || GIVEN_NAMES.has(folded.split('-')[0]);
}
//# sourceMappingURL=given-names.js.map